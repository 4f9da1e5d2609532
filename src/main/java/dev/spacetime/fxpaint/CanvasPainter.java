package dev.spacetime.fxpaint;

import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.Placements;
import dev.spacetime.drawing.SelectionLayer;
import dev.spacetime.drawing.Shape;
import dev.spacetime.lod.FramePlan;
import dev.spacetime.lod.FrameShapes;
import dev.spacetime.lod.LevelOfDetail;
import dev.spacetime.lod.MessageThinning;
import dev.spacetime.lod.ScreenWindow;
import dev.spacetime.lod.Viewport;
import java.util.function.Consumer;
import javafx.scene.canvas.GraphicsContext;

/**
 * Paints a drawing onto a JavaFX canvas through a viewport. Texts go where a label placement put
 * them, and texts, lines and dots are drawn at its text scale. Only what is visible is painted, and
 * with level of detail (see {@link FramePlan}) so that a frame stays cheap on big diagrams; each kind
 * of shape has its own small painter.
 */
public final class CanvasPainter {
    private final GraphicsContext gc;
    private final Viewport view;
    private final boolean levelOfDetail;
    private Consumer<TextPainter.PaintedText> painted;
    private int labelBudget = LevelOfDetail.LABEL_BUDGET;

    public CanvasPainter(GraphicsContext gc, Viewport view) {
        this(gc, view, true);
    }

    /** @param levelOfDetail false for an export, where every shape is painted however crowded */
    public CanvasPainter(GraphicsContext gc, Viewport view, boolean levelOfDetail) {
        this.gc = gc;
        this.view = view;
        this.levelOfDetail = levelOfDetail;
    }

    /**
     * Paints every label placed, however many: for a picture, painted once, rather than a frame on
     * screen, which must stay cheap.
     */
    public CanvasPainter everyLabel() {
        this.labelBudget = Integer.MAX_VALUE;
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
        ScreenWindow window = new ScreenWindow(view, w, h);
        FramePlan plan = FramePlan.of(drawing, frames, emphasis, window, levelOfDetail);
        double k = placements.textScale();
        TextPainter.Halo halo = plan.denseDots() || !background ? TextPainter.Halo.NONE
                : levelOfDetail ? TextPainter.Halo.GROUND : TextPainter.Halo.RIM;
        LinePainter lines = new LinePainter(gc, window, k);
        MessagePainter messages = new MessagePainter(gc, window,
                new MessageThinning(levelOfDetail, plan.messagesVisible()), plan.straight(), k);
        DotPainter dots = new DotPainter(gc, window, levelOfDetail, plan.denseDots(), k);
        // Among crowded dots no label could be read, whatever room the placement found between them.
        TextPainter texts = new TextPainter(gc, window, placements, halo,
                levelOfDetail ? labelBudget : Integer.MAX_VALUE, plan.denseDots(), painted);
        gc.save();
        gc.setLineDashes();
        if (background) {
            gc.setFill(Theme.BACKGROUND);
            gc.fillRect(0, 0, w, h);
        } else {
            gc.clearRect(0, 0, w, h);
        }
        for (Shape shape : plan.shapes()) {
            if (shape instanceof Shape.Wave wave) {
                messages.paint(wave);
                continue;
            }
            messages.flush();
            if (shape instanceof Shape.Line line) {
                lines.paint(line);
            } else if (shape instanceof Shape.Dot dot) {
                dots.paint(dot);
            } else if (shape instanceof Shape.Ring ring) {
                dots.paint(ring);
            } else if (shape instanceof Shape.Text text) {
                texts.paint(text);
            }
        }
        messages.flush();
        gc.restore();
    }
}
