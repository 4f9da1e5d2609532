package dev.spacetime.drawing;

import java.util.Arrays;

/**
 * The parts of an event's label, which are set two spaces apart: its id, its clock, its own words.
 * Gives what {@code text.split(" {2}")} gives, without compiling and running a pattern for every
 * label a placement shortens.
 */
final class LabelParts {
    private static final String GAP = "  ";

    private LabelParts() {
    }

    /** The parts of {@code text}, as {@link String#split(String) split(" {2}")} returns them. */
    static String[] of(String text) {
        int at = text.indexOf(GAP);
        if (at < 0) {
            return new String[] {text};
        }
        String[] parts = new String[4];
        int n = 0;
        int from = 0;
        while (at >= 0) {
            if (n == parts.length) {
                parts = Arrays.copyOf(parts, 2 * n);
            }
            parts[n++] = text.substring(from, at);
            from = at + GAP.length();
            at = text.indexOf(GAP, from);
        }
        if (n == parts.length) {
            parts = Arrays.copyOf(parts, n + 1);
        }
        parts[n++] = text.substring(from);
        while (n > 0 && parts[n - 1].isEmpty()) { // as split does, empty parts at the end are dropped
            n--;
        }
        return Arrays.copyOf(parts, n);
    }
}
