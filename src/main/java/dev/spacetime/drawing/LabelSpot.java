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
        double x = px + dx;
        double left = switch (align) {
            case START -> x;
            case MIDDLE -> x - width / 2;
            case END -> x - width;
        };
        double y = py + dy;
        return new double[] {left, y - height / 2, left + width, y + height / 2};
    }
}
