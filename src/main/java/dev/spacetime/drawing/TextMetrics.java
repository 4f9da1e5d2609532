package dev.spacetime.drawing;

/**
 * How wide a text is drawn in the font every painter uses (DejaVu Sans), from the font's advance
 * widths rather than a fixed width per character: "lll" and "MMM" differ threefold, and label
 * placement needs boxes that hold the text without wasting room. Plain arithmetic, so layout,
 * placement and tests agree without asking a toolkit.
 */
public final class TextMetrics {
    /** Advance widths of the printable ASCII characters (32–126) in ems, from DejaVu Sans Book. */
    private static final double[] ASCII = {
        0.318, 0.401, 0.460, 0.838, 0.636, 0.950, 0.780, 0.275, 0.390, 0.390, 0.500, 0.838, 0.318, 0.361, 0.318, 0.337,
        0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.337, 0.337, 0.838, 0.838, 0.838, 0.531,
        1.000, 0.684, 0.686, 0.698, 0.770, 0.632, 0.575, 0.775, 0.752, 0.295, 0.295, 0.656, 0.557, 0.863, 0.748, 0.787,
        0.603, 0.787, 0.695, 0.635, 0.611, 0.732, 0.684, 0.989, 0.685, 0.611, 0.685, 0.390, 0.337, 0.390, 0.838, 0.500,
        0.500, 0.613, 0.635, 0.550, 0.635, 0.615, 0.352, 0.635, 0.634, 0.278, 0.278, 0.579, 0.278, 0.974, 0.634, 0.612,
        0.635, 0.635, 0.411, 0.521, 0.392, 0.634, 0.592, 0.818, 0.592, 0.592, 0.525, 0.636, 0.337, 0.636, 0.838};
    /** Bold letters run wider; DejaVu Sans Bold averages about this much more. */
    private static final double BOLD = 1.12;
    /** Anything else (arrows, ellipsis, letters beyond ASCII) is taken as this wide, in ems. */
    private static final double OTHER = 0.84;
    /** The height of a line of text, in ems: what a label's box is given across. */
    public static final double LINE = 1.2;

    private TextMetrics() {
    }

    /** The width in pixels of {@code text} set at {@code size} pixels. */
    public static double width(CharSequence text, double size, boolean bold) {
        double ems = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            ems += c >= 32 && c <= 126 ? ASCII[c - 32] : c == '…' ? 1.0 : OTHER;
        }
        return ems * size * (bold ? BOLD : 1);
    }

    /** The height in pixels of a line of text set at {@code size} pixels. */
    public static double height(double size) {
        return size * LINE;
    }
}
