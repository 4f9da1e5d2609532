package dev.spacetime.drawing;

/**
 * Where a placed text goes, relative to its shape's point once on the picture: the anchor point
 * {@code (dx, dy)} pixels away, the text lined up on it as {@code align} says and centred across
 * it, and what it reads there (perhaps shortened). Every painter draws a text from its spot, so the
 * screen and each export put the same words in the same places.
 *
 * @param size   the font size in pixels
 * @param width  the text's estimated width in pixels ({@link TextMetrics})
 * @param height the height of its line in pixels
 */
public record LabelSpot(String text, double dx, double dy, Align align, double size, double width, double height) {
    /** How a text lines up on its anchor point along the line. */
    public enum Align {
        START, MIDDLE, END
    }

    /** The text's box {x1, y1, x2, y2} in pixels when its shape's point is at pixel (px, py). */
    public double[] box(double px, double py) {
        double[] out = new double[4];
        box(px, py, dx, dy, align, width, height, out);
        return out;
    }

    /**
     * Into {@code out}, the box {x1, y1, x2, y2} a spot of these numbers would have: what a placement
     * tries at every candidate place, without making a spot and an array for each.
     */
    static void box(double px, double py, double dx, double dy, Align align, double width, double height,
            double[] out) {
        double x = px + dx;
        double left = switch (align) {
            case START -> x;
            case MIDDLE -> x - width / 2;
            case END -> x - width;
        };
        double y = py + dy;
        out[0] = left;
        out[1] = y - height / 2;
        out[2] = left + width;
        out[3] = y + height / 2;
    }
}
