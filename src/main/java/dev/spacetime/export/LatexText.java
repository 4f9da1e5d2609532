package dev.spacetime.export;

/** Text made safe for LaTeX: its special characters escaped, and the paper's symbols as math. */
public final class LatexText {
    private LatexText() {
    }

    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\textbackslash{}");
                case '{', '}', '#', '$', '%', '&', '_' -> sb.append('\\').append(c);
                case '~' -> sb.append("\\textasciitilde{}");
                case '^' -> sb.append("\\textasciicircum{}");
                case '<' -> sb.append("\\textless{}");
                case '>' -> sb.append("\\textgreater{}");
                case '|' -> sb.append("\\textbar{}");
                case '→', '➝' -> sb.append("$\\rightarrow$");
                case '⇒' -> sb.append("$\\Rightarrow$");
                case '⇝' -> sb.append("$\\rightsquigarrow$");
                case '‖' -> sb.append("$\\parallel$");
                case '≤' -> sb.append("$\\leq$");
                case '≥' -> sb.append("$\\geq$");
                case '…' -> sb.append("\\ldots{}");
                case '·' -> sb.append("$\\cdot$");
                case '\n', '\r' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
