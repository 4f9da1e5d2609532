package dev.spacetime.io.shiviz;

import java.io.IOException;

/**
 * How a log writes its events so that they read back exactly. With the default expression an event's
 * text is one line and its host one word, so a line break in a text or a space in a name would come
 * back cut or not at all; then the log carries its own expression, with a mark that no text or name
 * holds (§, or another) around each text and host:
 * <pre>
 * §(?&lt;event&gt;[^§]*)\n§(?&lt;host&gt;[^§]*)§ (?&lt;clock&gt;\{[^\n]*\})
 * </pre>
 * which takes any text, line breaks included, and has no nested repetition to backtrack over. What no
 * expression can bring back is refused with a sentence: a carriage return (the reader takes it for
 * the end of a line) and half of a UTF-16 surrogate pair (UTF-8 cannot write it).
 */
final class LogForm {
    /** Marks tried in turn; past these, characters from the private use area. */
    private static final String MARKS = "§¶¤¦‡†";

    private final String expression;
    private final String mark; // null: the default expression
    private final String refusal;

    private LogForm(String expression, String mark, String refusal) {
        this.expression = expression;
        this.mark = mark;
        this.refusal = refusal;
    }

    /** @param ids each event's id, to name it by: its text is its label unless it is this very string */
    static LogForm of(String[] names, String[] texts, String[] ids) {
        for (int p = 0; p < names.length; p++) {
            String why = unwritable(names[p]);
            if (why != null) {
                return refused("process \"" + shown(names[p]) + "\"'s name " + why);
            }
        }
        for (int e = 0; e < texts.length; e++) {
            String why = unwritable(texts[e]);
            if (why != null) {
                return refused("event \"" + shown(ids[e]) + "\"'s " + (texts[e] == ids[e] ? "id" : "label") + " " + why);
            }
        }
        boolean plain = true;
        for (String name : names) {
            plain &= plainName(name);
        }
        for (int i = 0; i < texts.length && plain; i++) {
            plain = plainText(texts[i]);
        }
        if (plain) {
            return new LogForm(LogPattern.DEFAULT, null, null);
        }
        String mark = unusedMark(names, texts);
        return new LogForm(mark + "(?<event>[^" + mark + "]*)\\n" + mark + "(?<host>[^" + mark + "]*)" + mark
                + " (?<clock>\\{[^\\n]*\\})", mark, null);
    }

    private static LogForm refused(String why) {
        return new LogForm(null, null, "cannot write a ShiViz log: " + why);
    }

    /** Line 1 of the log. */
    String expression() {
        return expression;
    }

    /** Why no log can hold the diagram, or null. */
    String refusal() {
        return refusal;
    }

    /** Writes an event's text line(s) and its host, up to where the clock goes. */
    void writeEvent(String text, String host, Appendable out) throws IOException {
        if (mark == null) {
            out.append(text).append('\n').append(host).append(' ');
        } else {
            out.append(mark).append(text).append('\n').append(mark).append(host).append(mark).append(' ');
        }
    }

    /** What keeps a text from being written and read back by any expression, or null. */
    private static String unwritable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                return "holds a carriage return (\\r), which a log's reader takes for the end of a line";
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "holds half of a UTF-16 surrogate pair (\\u" + String.format("%04X", (int) c)
                        + "), which UTF-8 text cannot hold";
            }
        }
        return null;
    }

    /** A name the default's {@code (?<host>\S*) } reads whole, by ShiViz's (Unicode) rules and ours. */
    private static boolean plainName(String name) {
        return !name.isEmpty() && name.codePoints().noneMatch(c -> Character.isWhitespace(c)
                || Character.isSpaceChar(c) || Character.isISOControl(c) || c == '\uFEFF');
    }

    /** A text the default's {@code (?<event>.*)} reads whole: no character either Java or JavaScript ends a line at. */
    private static boolean plainText(String text) {
        return text.chars().noneMatch(c -> c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029');
    }

    private static String unusedMark(String[] names, String[] texts) {
        for (int i = 0; ; i++) {
            String mark = i < MARKS.length() ? MARKS.substring(i, i + 1) : String.valueOf((char) ('\uE000' + i));
            if (!usedIn(mark, names) && !usedIn(mark, texts)) {
                return mark;
            }
        }
    }

    private static boolean usedIn(String mark, String[] texts) {
        for (String t : texts) {
            if (t.contains(mark)) {
                return true;
            }
        }
        return false;
    }

    /** A text as a sentence shows it: line breaks and other control characters escaped, long ones cut. */
    static String shown(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() < 60; i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (Character.isISOControl(c) || Character.isSurrogate(c) && !validPairAt(s, i)) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.length() >= 60 ? sb + "…" : sb.toString();
    }

    private static boolean validPairAt(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
