package dev.spacetime.app.canvas;

import dev.spacetime.app.document.Picture;
import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.Frame;
import dev.spacetime.drawing.SelectionLayer;
import dev.spacetime.drawing.Placements;
import dev.spacetime.fxpaint.CanvasPainter;
import dev.spacetime.fxpaint.NotePainter;
import dev.spacetime.lod.FrameShapes;
import dev.spacetime.lod.Viewport;
import dev.spacetime.lod.WindowLabels;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * The one canvas the diagram is painted on, through a zoomable, pannable viewport. Changes only mark
 * it dirty; it repaints in the layout pulse, so at most once per pulse however many changes came.
 * An overlay (a drag's preview) is painted on top of the drawing.
 */
public final class DiagramCanvas extends Region {
    private static final double[] MARGINS = Frame.MARGINS;
    private final Canvas canvas = new Canvas();
    private final Viewport viewport = new Viewport();
    private Drawing drawing;
    private FrameShapes frames;
    private SelectionLayer.Emphasis emphasis;
    private Drawing indexed;
    private Placements placements;
    private Drawing placed; // the drawing the placements are for
    private Consumer<GraphicsContext> overlay;
    private boolean dirty = true;
    private final ModeAnimation animation = new ModeAnimation();
    private double textFactor = 1;
    private List<String> hint = List.of();
    private Runnable painted = () -> { };

    public DiagramCanvas() {
        getChildren().add(canvas);
        canvas.setId("diagram-canvas");
        setMinSize(200, 200);
        setPrefSize(900, 700);
        setFocusTraversable(true);
    }

    /** Shows what the editor asks for, from now on. */
    public void follow(ReadOnlyObjectProperty<Picture> pictures) {
        pictures.addListener((Observable o) -> show(pictures.get()));
    }

    private void show(Picture picture) {
        animation.stop();
        if (picture == null) {
            return;
        }
        if (picture.opened()) {
            viewport.fit(new double[] {0, 0, 1, 1}, 1, 1, 0); // a new document starts fitted, whatever was zoomed before
            setDrawing(picture.drawing(), picture.emphasis());
            fitToWindow();
        } else if (picture.transition() != null) {
            animation.play(picture.transition().from(), picture.transition().to(), this::setDrawing,
                    () -> setDrawing(picture.drawing(), picture.emphasis()));
        } else {
            setDrawing(picture.drawing(), picture.emphasis());
        }
    }

    public Canvas canvas() {
        return canvas;
    }

    public Viewport viewport() {
        return viewport;
    }

    /** Where the last frame's texts went, or null before the first frame. */
    public Placements placements() {
        return placements;
    }

    /** The drawing being painted (a blend of two while moving between time modes). */
    public Drawing drawing() {
        return drawing;
    }

    private void setDrawing(Drawing drawing) {
        setDrawing(drawing, null);
    }

    /** A drawing and a selection's emphasis to paint over it (or null): a click changes only the emphasis, so the drawing's index is kept. */
    private void setDrawing(Drawing drawing, SelectionLayer.Emphasis emphasis) {
        this.drawing = drawing;
        this.emphasis = emphasis;
        repaint();
    }

    /** Paints this on top of the drawing until replaced or cleared with null. */
    public void setOverlay(Consumer<GraphicsContext> overlay) {
        this.overlay = overlay;
        repaint();
    }

    /** Shows these lines in the middle of the canvas, over the drawing, until set to an empty list. */
    public void setHint(List<String> lines) {
        if (!hint.equals(lines)) {
            hint = List.copyOf(lines);
            repaint();
        }
    }

    /** The lines shown in the middle of the canvas (how to start on an empty diagram), or none. */
    public List<String> hint() {
        return hint;
    }

    /**
     * How much larger than normal texts and lines are drawn: the chosen text size, times the
     * presentation mode's enlargement when it is on.
     */
    public void setTextFactor(double factor) {
        if (factor > 0 && factor != textFactor) {
            textFactor = factor;
            repaint();
        }
    }

    public double textFactor() {
        return textFactor;
    }

    /** Runs {@code then} after each time the diagram is painted (the start timing waits for the first). */
    public void onPainted(Runnable then) {
        painted = then;
    }

    /** Asks for a repaint in the next pulse. */
    public void repaint() {
        dirty = true;
        requestLayout();
    }

    /** The room kept clear around a fitted drawing, {top, right, bottom, left} in pixels. */
    public double[] margins() {
        return MARGINS.clone();
    }

    public void fitToWindow() {
        if (drawing != null) {
            viewport.fitLegibly(drawing, canvas.getWidth(), canvas.getHeight(), MARGINS);
        }
        repaint();
    }

    /** Pans so page point (x, y) is in the middle of the window, unless it is already well inside it. */
    public void bringIntoView(double x, double y) {
        double px = viewport.toPixelX(x);
        double py = viewport.toPixelY(y);
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (px < w * 0.1 || px > w * 0.9 || py < h * 0.1 || py > h * 0.9) {
            viewport.panBy(w / 2 - px, h / 2 - py);
        }
        repaint();
    }

    public void zoomAtCentre(double factor) {
        viewport.zoomAt(canvas.getWidth() / 2, canvas.getHeight() / 2, factor);
        repaint();
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
            if (viewport.fitting()) {
                viewport.fitLegibly(drawing, w, h, MARGINS);
            }
            GraphicsContext gc = canvas.getGraphicsContext2D();
            if (indexed != drawing) {
                frames = FrameShapes.of(drawing);
                indexed = drawing;
            }
            if (placed != drawing || !WindowLabels.serves(placements, viewport, w, h, textFactor)) {
                placements = WindowLabels.place(drawing, frames, viewport, w, h, textFactor);
                placed = drawing;
            }
            new CanvasPainter(gc, viewport).paint(drawing, frames, emphasis, placements, w, h);
            int hidden = WindowLabels.hiddenIn(placements, viewport, w, h);
            if (viewport.fitting() && !viewport.frame().showsAll(drawing.bounds(), w, h)) {
                NotePainter.paint(gc, "Showing the start of the run — zoom out to see all of it",
                        w, h);
            } else if (placements.crowded()) {
                NotePainter.paint(gc, "Labels hidden: too crowded — zoom in", w, h);
            } else if (hidden > 0) {
                NotePainter.paint(gc, hidden + (hidden == 1 ? " label" : " labels") + " hidden — zoom in", w, h);
            }
            HintPainter.paint(gc, hint, w, h, textFactor);
            if (overlay != null) {
                gc.save();
                overlay.accept(gc);
                gc.restore();
            }
            dirty = false;
            painted.run();
        }
    }

    /** The canvas pixel where page point (x, y) is painted. */
    public double[] toPixels(double x, double y) {
        return new double[] {viewport.toPixelX(x), viewport.toPixelY(y)};
    }
}
