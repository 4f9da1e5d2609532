package dev.spacetime.fxpaint;

import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.Placements;
import dev.spacetime.drawing.SelectionLayer;
import dev.spacetime.lod.FramePainter;
import dev.spacetime.lod.FramePlan;
import dev.spacetime.lod.FrameShapes;
import dev.spacetime.lod.Viewport;
import java.util.function.Consumer;
import javafx.scene.canvas.GraphicsContext;

/**
 * Paints a drawing onto a JavaFX canvas through a viewport: {@link FramePainter} decides what shows
 * and how (only what is visible, with level of detail so that a frame stays cheap on big diagrams),
 * and this carries it out on the canvas.
 */
public final class CanvasPainter {
    private final GraphicsContext gc;
    private final FramePainter frame;
    private Consumer<TextPainter.PaintedText> painted;

    public CanvasPainter(GraphicsContext gc, Viewport view) {
        this(gc, view, true);
    }

    /** @param levelOfDetail false for an export, where every shape is painted however crowded */
    public CanvasPainter(GraphicsContext gc, Viewport view, boolean levelOfDetail) {
        this.gc = gc;
        this.frame = new FramePainter(view, levelOfDetail);
    }

    /**
     * Paints every label placed, however many: for a picture, painted once, rather than a frame on
     * screen, which must stay cheap.
     */
    public CanvasPainter everyLabel() {
        frame.everyLabel();
        return this;
    }

    /** Tells {@code listener} of every text painted from now on: tests compare painters by it. */
    CanvasPainter recordingTexts(Consumer<TextPainter.PaintedText> listener) {
        this.painted = listener;
        return this;
    }

    /** @param fillBackground false for a transparent export */
    public void paint(Drawing drawing, Placements placements, double w, double h, boolean fillBackground) {
        paint(drawing, null, null, placements, w, h, fillBackground);
    }

    /**
     * Paints only the shapes a frame needs (when {@code frames} is not null: see {@link FrameShapes}),
     * with a selection's emphasis (or null) laid over the drawing, rather than a new drawing made for
     * each click.
     */
    public void paint(Drawing drawing, FrameShapes frames, SelectionLayer.Emphasis emphasis, Placements placements,
            double w, double h) {
        paint(drawing, frames, emphasis, placements, w, h, true);
    }

    /** As the screen paints, on white or (with {@code background} false) on nothing, for a picture file. */
    public void paint(Drawing drawing, FrameShapes frames, SelectionLayer.Emphasis emphasis, Placements placements,
            double w, double h, boolean background) {
        FramePlan plan = frame.plan(drawing, frames, emphasis, w, h);
        TextPainter texts = new TextPainter(gc, frame.halo(plan, background), painted);
        gc.save();
        gc.setLineDashes();
        frame.paint(plan, placements, w, h, background, new CanvasTarget(gc, texts));
        gc.restore();
    }
}
