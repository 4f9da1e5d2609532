package dev.spacetime.model;

import java.util.regex.Pattern;

/**
 * A clock value as a student types it: a number such as 3, -1 or 4.5 (with an exponent if they like),
 * or nothing at all, which takes the value away. Anything else is refused with the reason, before
 * any edit is made.
 */
public final class ClockValueText {
    // Plain decimal numbers only: Java would also take "0x1p3", "3d" or "Infinity", which no one means as a clock.
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private ClockValueText() {
    }

    /** The value typed, or NaN for an empty text; throws {@link EditRefusedException} with the reason otherwise. */
    public static double parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Double.NaN;
        }
        if (!NUMBER.matcher(t).matches()) {
            throw new EditRefusedException("“" + t + "” is not a number: a clock value is a number like 3 or 4.5"
                    + (t.contains(",") ? " (with a point, not a comma)" : "") + ", or nothing to take it away");
        }
        double v = Double.parseDouble(t);
        if (Double.isInfinite(v)) {
            throw new EditRefusedException("“" + t + "” is too large for a clock value");
        }
        return v;
    }
}
