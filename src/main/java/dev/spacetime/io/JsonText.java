package dev.spacetime.io;

import dev.spacetime.model.Rules;

/** How strings and numbers are spelled in a diagram file, shared by the writer and the error messages. */
public final class JsonText {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonText() {
    }

    /** {@code s} as a JSON string literal, quotes included. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        quote(s, sb);
        return sb.toString();
    }

    /**
     * Appends {@code s} as a JSON string literal. Control characters and unpaired surrogates are
     * escaped: an unpaired surrogate written raw would turn into '?' in UTF-8 and not load back.
     */
    static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029') {
                        out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 15])
                                .append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /**
     * A finite time as the file spells it: whole numbers without a decimal point (20, not 20.0),
     * others in Java's shortest round-trip form. Negative zero keeps its sign, which "-0" would lose.
     */
    static String time(double t) {
        if (!Double.isFinite(t)) {
            throw new IllegalArgumentException("a time must be finite, not " + t);
        }
        if (t == 0 && Double.doubleToRawLongBits(t) != 0) {
            return "-0.0";
        }
        return Rules.formatTime(t);
    }

    /** Refuses a string longer than {@code max} characters, naming it by {@code what} and its start. */
    static void requireLoadable(String s, int max, String what) {
        if (s.length() > max) {
            throw new IllegalArgumentException("the " + what + " " + shortQuote(s, 40) + " is " + s.length()
                    + " characters long; a diagram file holds strings of up to " + max);
        }
    }

    /** A short description of a string for an error message, cut at {@code max} characters. */
    public static String shortQuote(String s, int max) {
        return s.length() <= max ? quote(s) : quote(s.substring(0, max)) + "…";
    }
}
