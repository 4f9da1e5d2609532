package dev.spacetime.export;

/**
 * How an exported picture is framed.
 *
 * @param width       the picture's width in pixels, or 0 for the drawing's natural size
 * @param scale       pixels per picture pixel in a PNG (1–8, for crisp slides); ignored by SVG and TikZ
 * @param transparent a transparent background instead of white
 * @param textFactor  how much larger than normal texts and lines are drawn (1 normal, 1.6 for slides)
 */
public record ExportOptions(int width, int scale, boolean transparent, double textFactor) {
    public static final ExportOptions DEFAULT = new ExportOptions(0, 1, false, 1);

    public ExportOptions(int width, int scale, boolean transparent) {
        this(width, scale, transparent, 1);
    }

    public ExportOptions {
        if (width < 0 || width > 20_000) {
            throw new IllegalArgumentException("the width must be between 1 and 20000 pixels");
        }
        if (scale < 1 || scale > 8) {
            throw new IllegalArgumentException("the scale must be a whole number from 1 to 8");
        }
        if (!(textFactor >= 0.5 && textFactor <= 4)) {
            throw new IllegalArgumentException("the text size must be between 0.5 and 4 times normal");
        }
    }
}
