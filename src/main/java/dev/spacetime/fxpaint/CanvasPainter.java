package dev.spacetime.fxpaint;

import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.SelectionLayer;
import dev.spacetime.drawing.Shape;
import dev.spacetime.lod.FramePlan;
import dev.spacetime.lod.FrameShapes;
import dev.spacetime.lod.LabelRoom;
import dev.spacetime.lod.MessageThinning;
import dev.spacetime.lod.ScreenWindow;
import dev.spacetime.lod.Viewport;
import javafx.scene.canvas.GraphicsContext;

/**
 * Paints a drawing onto a JavaFX canvas through a viewport. Lines keep their pixel width and text its
 * point size whatever the zoom. Only what is visible is painted, and with level of detail (see
 * {@link FramePlan}) so that a frame stays cheap on big diagrams; each kind of shape has its own
 * small painter.
 */
public final class CanvasPainter {
    private final GraphicsContext gc;
    private final Viewport view;
    private final boolean levelOfDetail;

    public CanvasPainter(GraphicsContext gc, Viewport view) {
        this(gc, view, true);
    }

    /** @param levelOfDetail false for an export, where every shape is painted however crowded */
    public CanvasPainter(GraphicsContext gc, Viewport view, boolean levelOfDetail) {
        this.gc = gc;
        this.view = view;
        this.levelOfDetail = levelOfDetail;
    }

    public void paint(Drawing drawing, double w, double h) {
        paint(drawing, null, null, w, h, true);
    }

    /** @param fillBackground false for a transparent export */
    public void paint(Drawing drawing, double w, double h, boolean fillBackground) {
        paint(drawing, null, null, w, h, fillBackground);
    }

    /**
     * Paints only the shapes a frame needs (when {@code frames} is not null: see {@link FrameShapes}),
     * with a selection's emphasis (or null) laid over the drawing, rather than a new drawing made for
     * each click.
     */
    public void paint(Drawing drawing, FrameShapes frames, SelectionLayer.Emphasis emphasis, double w, double h) {
        paint(drawing, frames, emphasis, w, h, true);
    }

    private void paint(Drawing drawing, FrameShapes frames, SelectionLayer.Emphasis emphasis, double w, double h,
            boolean background) {
        ScreenWindow window = new ScreenWindow(view, w, h);
        FramePlan plan = FramePlan.of(drawing, frames, emphasis, window, levelOfDetail);
        LabelRoom labels = new LabelRoom(view, w, h, levelOfDetail, plan.roomy());
        TextPainter.Halo halo = !plan.roomy() || !background ? TextPainter.Halo.NONE
                : levelOfDetail ? TextPainter.Halo.GROUND : TextPainter.Halo.RIM;
        LinePainter lines = new LinePainter(gc, window);
        MessagePainter messages = new MessagePainter(gc, window,
                new MessageThinning(levelOfDetail, plan.messagesVisible()), plan.straight());
        DotPainter dots = new DotPainter(gc, window, levelOfDetail, plan.denseDots(), labels);
        TextPainter texts = new TextPainter(gc, labels, plan.denseDots(), halo);
        gc.save();
        gc.setLineDashes();
        if (background) {
            gc.setFill(Theme.BACKGROUND);
            gc.fillRect(0, 0, w, h);
        } else {
            gc.clearRect(0, 0, w, h);
        }
        // Process names first in the label room, so event labels give way to them.
        for (Shape shape : plan.shapes()) {
            if (shape instanceof Shape.Text t && LabelRoom.always(t.role())) {
                labels.reserve(t);
            }
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
