package dev.spacetime.lod;

import dev.spacetime.drawing.Frame;

/**
 * Zoom and pan: pixel = page × scale + offset. Plain arithmetic with no JavaFX, so it is unit tested.
 * While {@link #fitting()} the view follows the drawing's bounds (after a resize or an edit); the
 * first zoom or pan by the user stops that.
 */
public final class Viewport {
    static final double MIN_SCALE = 1e-4;
    static final double MAX_SCALE = 40;
    private double scale = 1;
    private double dx;
    private double dy;
    private boolean fitting = true;

    public double scale() {
        return scale;
    }

    double dx() {
        return dx;
    }

    double dy() {
        return dy;
    }

    public boolean fitting() {
        return fitting;
    }

    public double toPixelX(double x) {
        return x * scale + dx;
    }

    public double toPixelY(double y) {
        return y * scale + dy;
    }

    public double toPageX(double px) {
        return (px - dx) / scale;
    }

    public double toPageY(double py) {
        return (py - dy) / scale;
    }

    /** Fits page rectangle {minX, minY, maxX, maxY} into a w × h window with a margin, centred, and keeps following it. */
    public void fit(double[] bounds, double w, double h, double margin) {
        fit(bounds, w, h, new double[] {margin, margin, margin, margin});
    }

    /** As {@link #fit(double[], double, double, double)} with margins {top, right, bottom, left} in pixels. */
    public void fit(double[] bounds, double w, double h, double[] margins) {
        Frame f = Frame.fit(bounds, w, h, margins);
        scale = clamp(f.scale());
        dx = f.dx();
        dy = f.dy();
        fitting = true;
    }

    /**
     * Fits a drawing to a w × h window so that it can be read ({@link Frame#fitLegibly}), and keeps
     * following it.
     */
    public void fitLegibly(dev.spacetime.drawing.Drawing drawing, double w, double h, double[] margins) {
        Frame f = Frame.fitLegibly(drawing, w, h, margins);
        scale = clamp(f.scale());
        dx = f.dx();
        dy = f.dy();
        fitting = true;
    }

    /** The frame shown: pixel = page × scale + offset. */
    public Frame frame() {
        return new Frame(scale, dx, dy);
    }

    /** Shows exactly this frame (an export's), not following the drawing. */
    public void show(Frame frame) {
        scale = frame.scale();
        dx = frame.dx();
        dy = frame.dy();
        fitting = false;
    }

    /** Zooms by a factor keeping the page point under pixel (px, py) where it is. */
    public void zoomAt(double px, double py, double factor) {
        double x = toPageX(px);
        double y = toPageY(py);
        scale = clamp(scale * factor);
        dx = px - x * scale;
        dy = py - y * scale;
        fitting = false;
    }

    public void panBy(double pixelsX, double pixelsY) {
        dx += pixelsX;
        dy += pixelsY;
        fitting = false;
    }

    /** The page rectangle a w × h window shows: {minX, minY, maxX, maxY}. */
    double[] visiblePage(double w, double h) {
        return new double[] {toPageX(0), toPageY(0), toPageX(w), toPageY(h)};
    }

    private static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, Double.isFinite(s) && s > 0 ? s : 1));
    }
}
