package dev.spacetime.lod;

import dev.spacetime.drawing.LabelSpot;
import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Shape;

/**
 * What a frame is painted on, in pixels: the few marks {@link FramePainter} makes once it has decided
 * what shows and how, carried out by the JavaFX canvas (screen and the app's PNG) and by a Java2D
 * image (the command line's PNG) alike, so both paint the same picture from one set of decisions.
 * Colours, widths and dashes are the role's {@code Style}, strokes and dots {@code k} times their
 * plain size.
 */
public interface PixelTarget {
    /** Fills the whole window with the background, or (a transparent picture) clears it. */
    void ground(double w, double h, boolean fill);

    /** A rectangle in the role's colour: an axis-aligned solid line, or a dot drawn square. */
    void fillRect(Role role, double x, double y, double w, double h);

    /** A round dot in the role's colour. */
    void fillDot(Role role, double x, double y, double r);

    /** A ring in the role's colour and solid stroke. */
    void strokeRing(Role role, double x, double y, double r, double k);

    void strokeLine(Role role, boolean dashed, double k, double x1, double y1, double x2, double y2);

    /** A quadratic Bézier from (x1, y1) to (x2, y2) through control point (cx, cy). */
    void strokeCurve(Role role, boolean dashed, double k, double x1, double y1, double cx, double cy, double x2,
            double y2);

    /** A polyline through x0, y0, x1, y1, … (a wave). */
    void strokePolyline(Role role, boolean dashed, double k, double[] points);

    /** A filled arrowhead, corners {tipX, tipY, x2, y2, x3, y3}, in the role's colour. */
    void fillArrowhead(Role role, double[] corners);

    /**
     * Begins a path of crowded messages of one role, drawn faint ({@link LevelOfDetail#crowdedRgb}),
     * which {@link #crowdedSegment} adds to and {@link #endCrowded} strokes once.
     */
    void beginCrowded(Role role, boolean dashed, double k);

    void crowdedSegment(double x1, double y1, double x2, double y2);

    void endCrowded();

    /**
     * A label at its placed spot: anchored at (x, y) as the spot lines it up, inside {@code box}
     * {left, top, right, bottom}, kept readable over lines as the target was told.
     */
    void text(Shape.Text text, LabelSpot spot, double x, double y, double[] box);
}
