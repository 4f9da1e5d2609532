package dev.spacetime.drawing;

/**
 * How large texts, lines and dots are drawn: the chosen text size (and a presentation's
 * enlargement) times a zoom factor that grows with the view's scale between a floor and a ceiling.
 * Zoomed out, text stays readable; zoomed in, it grows, but not without end (semantic zoom).
 */
public final class TextScale {
    /** The zoom factor at and below this view scale (pixels per page unit). */
    public static final double SMALLEST = dev.spacetime.layout.SpacingFit.LEGIBLE_SCALE;
    /** The zoom factor at and above this view scale. */
    public static final double LARGEST = 1.6;

    private TextScale() {
    }

    /** The factor for texts and strokes at {@code viewScale} pixels per page unit with {@code textFactor} chosen. */
    public static double of(double viewScale, double textFactor) {
        double zoom = Double.isFinite(viewScale) ? Math.max(SMALLEST, Math.min(LARGEST, viewScale)) : 1;
        return zoom * textFactor;
    }
}
