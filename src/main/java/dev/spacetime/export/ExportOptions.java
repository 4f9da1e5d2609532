package dev.spacetime.export;

/**
 * How an exported picture is framed.
 *
 * @param width       the picture's width in pixels, or 0 for the drawing's natural size
 * @param height      0 for a height that follows the width; else the picture is a window of width × height
 *                    and the drawing is fitted into it as the app's Fit fits it (its margins, its text
 *                    scale, and in a PNG its level of detail)
 * @param scale       pixels per picture pixel in a PNG (1–8, for crisp slides); ignored by SVG and TikZ
 * @param transparent a transparent background instead of white
 * @param textFactor  how much larger than normal texts and lines are drawn (1 normal, 1.6 for slides)
 * @param whole       for a window: the drawing fitted whole however small (an overview), rather than as Fit
 *                    shows it (a run too long to read whole shown from its start)
 * @param text        a title, key and caption drawn in the picture's margins, or {@link PictureText#NONE}
 */
public record ExportOptions(int width, int height, int scale, boolean transparent, double textFactor, boolean whole,
        PictureText text) {
    public static final ExportOptions DEFAULT = new ExportOptions(0, 1, false, 1.0);
    /** The least and greatest side of a window picture, in pixels. */
    public static final int LEAST_SIDE = 200;
    public static final int LARGEST_SIDE = 20_000;

    public ExportOptions(int width, int height, int scale, boolean transparent, double textFactor, boolean whole) {
        this(width, height, scale, transparent, textFactor, whole, PictureText.NONE);
    }

    public ExportOptions(int width, int scale, boolean transparent, double textFactor) {
        this(width, 0, scale, transparent, textFactor, false);
    }

    public ExportOptions(int width, int scale, boolean transparent) {
        this(width, 0, scale, transparent, 1, false);
    }

    /** A window of w × h pixels that the drawing is fitted into, as the app's Fit fits it. */
    public static ExportOptions window(int w, int h, int scale, boolean transparent, double textFactor) {
        return new ExportOptions(w, h, scale, transparent, textFactor, false);
    }

    /** A window of w × h pixels holding the whole drawing, however small, painted as the screen paints it. */
    public static ExportOptions overview(int w, int h, int scale, boolean transparent, double textFactor) {
        return new ExportOptions(w, h, scale, transparent, textFactor, true);
    }

    public ExportOptions {
        text = text == null ? PictureText.NONE : text;
        if (width < 0 || width > LARGEST_SIDE) {
            throw new IllegalArgumentException("the width must be between 1 and 20000 pixels");
        }
        if (height != 0 && (width < LEAST_SIDE || height < LEAST_SIDE || height > LARGEST_SIDE)) {
            throw new IllegalArgumentException("a window must be between 200 and 20000 pixels each way");
        }
        if (scale < 1 || scale > 8) {
            throw new IllegalArgumentException("the scale must be a whole number from 1 to 8");
        }
        if (!(textFactor >= 0.5 && textFactor <= 4)) {
            throw new IllegalArgumentException("the text size must be between 0.5 and 4 times normal");
        }
    }

    /** The same framing with this title, key and caption in the margins. */
    public ExportOptions withText(PictureText newText) {
        return new ExportOptions(width, height, scale, transparent, textFactor, whole, newText);
    }

    /** Whether the picture is a window the drawing is fitted into, as on screen. */
    public boolean window() {
        return height > 0;
    }
}
