package dev.spacetime.drawing;

/**
 * The text sizes a picture can be drawn at, as factors of the normal size: the app's View → Text
 * size, the Export dialog and {@code render --text-size} all take them from here, so they agree.
 */
public enum TextFactor {
    SMALL(0.85),
    NORMAL(1),
    LARGE(1.3),
    HUGE(1.7);

    /** How much larger again everything is drawn for slides (the app's presentation mode), on top of the text size. */
    public static final double FOR_SLIDES = 1.6;

    private final double factor;

    TextFactor(double factor) {
        this.factor = factor;
    }

    /** How many times the normal size. */
    public double factor() {
        return factor;
    }
}
