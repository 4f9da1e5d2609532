package dev.spacetime.app;

import dev.spacetime.drawing.Drawing;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/**
 * The one canvas the diagram is painted on. It repaints in the layout pulse, at most once per pulse,
 * whenever its size or its drawing changed, fitting the drawing to its size with a margin.
 */
final class DiagramCanvas extends Region {
    private static final double MARGIN = 48;
    private final Canvas canvas = new Canvas();
    private Drawing drawing;
    private boolean dirty = true;
    private double scale = 1;
    private double dx;
    private double dy;

    DiagramCanvas() {
        getChildren().add(canvas);
        canvas.setId("diagram-canvas");
        setMinSize(200, 200);
        setPrefSize(900, 700);
    }

    Canvas canvas() {
        return canvas;
    }

    void setDrawing(Drawing drawing) {
        this.drawing = drawing;
        dirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            dirty = true;
        }
        if (dirty && drawing != null && w > 0 && h > 0) {
            fit();
            new CanvasPainter(canvas.getGraphicsContext2D(), scale, dx, dy).paint(drawing, w, h);
            dirty = false;
        }
    }

    /** The canvas pixel where page point (x, y) was painted. */
    double[] toPixels(double x, double y) {
        return new double[] {x * scale + dx, y * scale + dy};
    }

    /** Fits the drawing's bounds into the canvas, centred, keeping its proportions. */
    private void fit() {
        double[] b = drawing.bounds();
        double bw = Math.max(1, b[2] - b[0]);
        double bh = Math.max(1, b[3] - b[1]);
        scale = Math.max(0.01, Math.min((canvas.getWidth() - 2 * MARGIN) / bw, (canvas.getHeight() - 2 * MARGIN) / bh));
        dx = (canvas.getWidth() - bw * scale) / 2 - b[0] * scale;
        dy = (canvas.getHeight() - bh * scale) / 2 - b[1] * scale;
    }
}
