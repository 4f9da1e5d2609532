package dev.spacetime.drawing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paper's subscripted names in a text — a clock register C_P, a vector clock V_Q, C_i — split
 * into runs so each painter can set the subscript as a subscript (smaller and lowered) rather than
 * print the underscore. Only texts the program writes itself are split (clock registers, a picture's
 * key and caption): a user's label or process name may hold an underscore that means just that.
 */
public final class Subscripts {
    /** C or V, an underscore, and a name of letters and digits: the register's process. */
    private static final Pattern NAME = Pattern.compile("\\b([CV])_([\\p{L}\\p{N}]+)");
    /** A subscript is set this much smaller than its text, and lowered by this much of the text's size. */
    public static final double SIZE = 0.72;
    public static final double DROP = 0.28;

    /** A stretch of text, set as a subscript or not. */
    public record Run(String text, boolean sub) {
    }

    private Subscripts() {
    }

    /** Whether texts of this role are the program's own, and so have their subscripts typeset. */
    public static boolean typeset(Role role) {
        return role == Role.REGISTER;
    }

    /** The text in runs: "C_P = 3" is "C", "P" (a subscript), " = 3". A text with none is one run. */
    public static List<Run> runs(String text) {
        List<Run> out = new ArrayList<>();
        Matcher m = NAME.matcher(text);
        int from = 0;
        while (m.find()) {
            int nameStart = m.start(2);
            out.add(new Run(text.substring(from, m.start(2) - 1), false)); // up to the underscore
            out.add(new Run(text.substring(nameStart, m.end(2)), true));
            from = m.end(2);
        }
        if (from < text.length() || out.isEmpty()) {
            out.add(new Run(text.substring(from), false));
        }
        return out;
    }

    /** Whether the text has a subscript to set. */
    public static boolean has(String text) {
        return text.indexOf('_') >= 0 && NAME.matcher(text).find();
    }

    /** The text as read with its subscripts set: "C_P = 3" reads "CP = 3". */
    public static String plain(String text) {
        StringBuilder sb = new StringBuilder();
        for (Run r : runs(text)) {
            sb.append(r.text());
        }
        return sb.toString();
    }

    /** How wide the text is drawn with its subscripts set smaller, in pixels at {@code size}. */
    public static double width(String text, double size, boolean bold) {
        double w = 0;
        for (Run r : runs(text)) {
            w += TextMetrics.width(r.text(), r.sub() ? size * SIZE : size, bold);
        }
        return w;
    }
}
