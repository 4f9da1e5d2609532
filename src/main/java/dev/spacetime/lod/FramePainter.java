package dev.spacetime.lod;

import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.LabelSpot;
import dev.spacetime.drawing.Placements;
import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.SelectionLayer;
import dev.spacetime.drawing.Shape;
import dev.spacetime.drawing.Style;

/**
 * Paints a drawing through a viewport onto a {@link PixelTarget}, deciding for every shape whether it
 * shows and how: only what is in the window, and with level of detail (see {@link FramePlan}) so that
 * a frame stays cheap on big diagrams. Texts go where the label placement put them; texts, lines and
 * dots are drawn at its text scale. The screen and both PNG painters paint through this one class.
 */
public final class FramePainter {
    private final Viewport view;
    private final boolean levelOfDetail;
    private int labelBudget = LevelOfDetail.LABEL_BUDGET;

    /** @param levelOfDetail false for a picture, where every shape is painted however crowded */
    public FramePainter(Viewport view, boolean levelOfDetail) {
        this.view = view;
        this.levelOfDetail = levelOfDetail;
    }

    /** Paints every label placed, however many: for a picture, painted once, rather than a frame on screen. */
    public FramePainter everyLabel() {
        this.labelBudget = Integer.MAX_VALUE;
        return this;
    }

    /** How a text is kept readable over lines: no rim, a see-through ground (screen), a rim round the letters (a picture). */
    public enum Halo {
        NONE, GROUND, RIM
    }

    /** The halo texts get in a frame with this plan, on a background or on nothing. */
    public Halo halo(FramePlan plan, boolean background) {
        return plan.denseDots() || !background ? Halo.NONE : levelOfDetail ? Halo.GROUND : Halo.RIM;
    }

    /** The plan of a frame of {@code w} × {@code h} pixels (see {@link FramePlan#of}). */
    public FramePlan plan(Drawing drawing, FrameShapes frames, SelectionLayer.Emphasis emphasis, double w, double h) {
        return FramePlan.of(drawing, frames, emphasis, new ScreenWindow(view, w, h), levelOfDetail);
    }

    /** Paints the plan's shapes in order, on the background or (with {@code background} false) on nothing. */
    public void paint(FramePlan plan, Placements placements, double w, double h, boolean background,
            PixelTarget target) {
        ScreenWindow window = new ScreenWindow(view, w, h);
        double k = placements.textScale();
        FrameMessages messages = new FrameMessages(target, window,
                new MessageThinning(levelOfDetail, plan.messagesVisible()), plan.straight(), k);
        FrameDots dots = new FrameDots(target, window, levelOfDetail, plan.denseDots(), k);
        int budget = levelOfDetail ? labelBudget : Integer.MAX_VALUE;
        target.ground(w, h, background);
        for (Shape shape : plan.shapes()) {
            if (shape instanceof Shape.Wave wave) {
                messages.paint(wave);
                continue;
            }
            messages.flush();
            if (shape instanceof Shape.Line line) {
                line(line, window, k, target);
            } else if (shape instanceof Shape.Dot dot) {
                dots.paint(dot);
            } else if (shape instanceof Shape.Ring ring) {
                target.strokeRing(ring.role(), view.toPixelX(ring.x()), view.toPixelY(ring.y()), ring.radius() * k, k);
            } else if (shape instanceof Shape.Text text && budget > 0
                    && text(text, placements, window, plan.denseDots(), target)) {
                budget--;
            }
        }
        messages.flush();
    }

    private void line(Shape.Line line, ScreenWindow window, double k, PixelTarget target) {
        if (line.bowed()) {
            double[] c = line.control();
            if (window.boxVisible(Math.min(line.x1(), Math.min(c[0], line.x2())),
                    Math.min(line.y1(), Math.min(c[1], line.y2())), Math.max(line.x1(), Math.max(c[0], line.x2())),
                    Math.max(line.y1(), Math.max(c[1], line.y2())))) {
                // A pair's curve, as SVG and TikZ draw it: the same quadratic Bézier through the same control point.
                target.strokeCurve(line.role(), line.dashed(), k, view.toPixelX(line.x1()), view.toPixelY(line.y1()),
                        view.toPixelX(c[0]), view.toPixelY(c[1]), view.toPixelX(line.x2()), view.toPixelY(line.y2()));
            }
            return;
        }
        if (!window.boxVisible(line.x1(), line.y1(), line.x2(), line.y2())) {
            return;
        }
        double x1 = view.toPixelX(line.x1());
        double y1 = view.toPixelY(line.y1());
        double x2 = view.toPixelX(line.x2());
        double y2 = view.toPixelY(line.y2());
        if (!line.dashed() && (x1 == x2 || y1 == y2)) {
            // A solid line along an axis is a rectangle (square caps, as a stroke has). The software
            // renderer fills one far faster than it strokes a tall line, which it samples row by row.
            double half = Style.lineWidth(line.role()) * k / 2;
            target.fillRect(line.role(), Math.min(x1, x2) - half, Math.min(y1, y2) - half,
                    Math.abs(x2 - x1) + 2 * half, Math.abs(y2 - y1) + 2 * half);
        } else {
            target.strokeLine(line.role(), line.dashed(), k, x1, y1, x2, y2);
        }
    }

    /**
     * A text where the placement put it, unless it left it out, it lies outside the window, or the dots
     * are so crowded that no event or message label among them could be read; whether it was painted.
     */
    private boolean text(Shape.Text text, Placements placements, ScreenWindow window, boolean dense,
            PixelTarget target) {
        LabelSpot spot = placements.spot(text);
        if (spot == null || (dense && !text.role().processName() && text.role() != Role.REGISTER)) {
            return false;
        }
        double px = view.toPixelX(text.x());
        double py = view.toPixelY(text.y());
        double[] box = spot.box(px, py);
        if (box[2] < 0 || box[0] > window.width() || box[3] < 0 || box[1] > window.height()) {
            return false;
        }
        target.text(text, spot, px + spot.dx(), py + spot.dy(), box);
        return true;
    }
}
