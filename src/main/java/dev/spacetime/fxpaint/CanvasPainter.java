package dev.spacetime.fxpaint;

import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.SelectionLayer;
import dev.spacetime.drawing.Shape;
import dev.spacetime.drawing.Style;
import dev.spacetime.drawing.WavePath;
import dev.spacetime.export.PixelShapes;
import dev.spacetime.lod.Clip;
import dev.spacetime.lod.FrameShapes;
import dev.spacetime.lod.LabelRoom;
import dev.spacetime.lod.PixelGrid;
import dev.spacetime.lod.Viewport;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.TextAlignment;

/**
 * Paints a drawing onto a JavaFX canvas through a viewport. Lines keep their pixel width and text its
 * point size whatever the zoom. Only what is visible is painted, and with level of detail so that a
 * frame stays cheap on big diagrams: a dot on a cell already painted is skipped, a message shorter
 * than a few pixels or already drawn between the same pixels is skipped, crowded messages are drawn
 * straight, and a label that would overlap another is left out.
 */
public final class CanvasPainter {
    public static final double GAP = PixelShapes.GAP;
    /** Above this many messages on screen, waves are drawn straight: the wiggle is noise at that density. */
    private static final int STRAIGHT_ABOVE = 600;
    /** How strong crowded messages are drawn, against the background. */
    private static final double CROWDED_OPACITY = 0.35;
    /** Messages drawn at most in a frame; beyond this an even spread of them is drawn, which keeps the look of the traffic. */
    private static final int MESSAGE_BUDGET = 2500;
    /** Dots on screen above which a dot claims a bigger cell, so dense runs cost less. */
    public static final int DENSE_DOTS = 20_000;
    /** The cell (pixels) a crowded dot claims. */
    public static final int DENSE_CELL = 12;
    /** How far outside the window (pixels) a dot still counts as on screen for {@link #DENSE_DOTS}. */
    public static final double COUNT_MARGIN = 20;
    /** How far outside the window (pixels) a dot's centre may lie and the dot still be painted. */
    public static final double DOT_MARGIN = 10;
    /**
     * Dots on screen up to which a label that does not fit whole is cut short rather than left out.
     * Beyond, the screen is crowded: the labels cut short would be many, each a dear text to paint,
     * and little to read.
     */
    public static final int SHORTEN_LABELS_UP_TO = 2000;
    /** The see-through ground under a label on screen. */
    private static final javafx.scene.paint.Color HALO_GROUND = Theme.BACKGROUND.deriveColor(0, 1, 1, 0.75);
    /** How wide the rim of background round a text is, in pixels. */
    private static final double HALO_WIDTH = 3;
    /** A wave longer than this (pixels) is cut to the window before its points are made. */
    private static final double CLIP_ABOVE = 3000;

    private final GraphicsContext gc;
    private final Viewport view;
    private double width;
    private double height;
    private PixelGrid dots;
    private LabelRoom labels;
    private Set<Long> drawnMessages;
    private boolean straight;
    private boolean denseDots;
    private int messagesVisible;
    private double lastDotX = Double.NaN;
    private double lastDotY = Double.NaN;
    private int messageIndex;
    private Role batchRole;
    private boolean batchDashed;

    private final boolean levelOfDetail;
    /** Whether texts get a rim of background colour, so a label over a message stays readable. */
    private boolean halo;
    private boolean background = true;

    public CanvasPainter(GraphicsContext gc, Viewport view) {
        this(gc, view, true);
    }

    /** @param levelOfDetail false for an export, where every shape is painted however crowded */
    public CanvasPainter(GraphicsContext gc, Viewport view, boolean levelOfDetail) {
        this.gc = gc;
        this.view = view;
        this.levelOfDetail = levelOfDetail;
    }

    /** Paints without filling the background first (a transparent export). */
    public void paint(Drawing drawing, double w, double h, boolean fillBackground) {
        background = fillBackground;
        paint(drawing, w, h);
    }

    public void paint(Drawing drawing, double w, double h) {
        paint(drawing, null, null, w, h);
    }

    /**
     * Paints only the shapes a frame needs (when {@code frames} is not null: see {@link FrameShapes}),
     * with a selection's emphasis (or null) painted over the drawing: dot colours, the chain under the
     * messages, rings after the dots, rather than a new drawing made for each click.
     */
    public void paint(Drawing drawing, FrameShapes frames, SelectionLayer.Emphasis emphasis, double w, double h) {
        width = w;
        height = h;
        FrameShapes.Picked picked = frames == null ? null
                : frames.pick(view, w, h, emphasis == null ? new int[0] : emphasis.selectedDots());
        int[] which = picked == null ? null : picked.shapes();
        List<Shape> shapes = which == null ? drawing.shapes() : pick(drawing.shapes(), which);
        if (emphasis != null) {
            shapes = emphasize(drawing.shapes(), shapes, which, emphasis);
        }
        int[] visible = visibleCounts(shapes);
        boolean crowded = picked != null && picked.denseDots() != null ? picked.denseDots() : visible[1] > DENSE_DOTS;
        denseDots = levelOfDetail && crowded;
        dots = new PixelGrid(w, h, denseDots ? DENSE_CELL : 3);
        boolean roomy = !levelOfDetail || visible[1] <= SHORTEN_LABELS_UP_TO;
        labels = new LabelRoom(view, w, h, levelOfDetail, roomy);
        halo = roomy && background;
        drawnMessages = new HashSet<>();
        int sampling = picked == null ? 1 : picked.messageSampling();
        straight = levelOfDetail && (long) visible[0] * sampling > STRAIGHT_ABOVE;
        messagesVisible = visible[0];
        messageIndex = 0;
        batchRole = null;
        gc.save();
        gc.setLineDashes();
        if (background) {
            gc.setFill(Theme.BACKGROUND);
            gc.fillRect(0, 0, w, h);
        } else {
            gc.clearRect(0, 0, w, h);
        }
        // Process names first in the label grid, so event labels give way to them.
        for (Shape shape : shapes) {
            if (shape instanceof Shape.Text t && LabelRoom.always(t.role())) {
                labels.reserve(t);
            }
        }
        for (Shape shape : shapes) {
            if (batchRole != null && !(shape instanceof Shape.Wave)) {
                flushBatch();
            }
            if (shape instanceof Shape.Line line) {
                line(line);
            } else if (shape instanceof Shape.Wave wave) {
                wave(wave);
            } else if (shape instanceof Shape.Dot dot) {
                dot(dot);
            } else if (shape instanceof Shape.Ring ring) {
                ring(ring);
            } else if (shape instanceof Shape.Text text) {
                text(text);
            }
        }
        flushBatch();
        gc.restore();
    }

    /** The shapes to paint with the emphasis applied: dots recoloured by their place among all dots, chain and rings added. */
    private static List<Shape> emphasize(List<Shape> all, List<Shape> shapes, int[] which,
            SelectionLayer.Emphasis emphasis) {
        int firstDot = 0;
        while (firstDot < all.size() && !(all.get(firstDot) instanceof Shape.Dot)) {
            firstDot++;
        }
        List<Shape> out = new java.util.ArrayList<>(shapes.size() + emphasis.under().size() + emphasis.over().size());
        boolean underAdded = false;
        boolean overAdded = false;
        boolean dotsSeen = false;
        for (int k = 0; k < shapes.size(); k++) {
            Shape s = shapes.get(k);
            if (!underAdded && SelectionLayer.underChain(s)) {
                out.addAll(emphasis.under());
                underAdded = true;
            }
            if (s instanceof Shape.Dot d) {
                int i = which == null ? k : which[k];
                Role role = emphasis.dotRole(i - firstDot);
                out.add(role == d.role() ? d : new Shape.Dot(d.x(), d.y(), d.radius(), role, d.id(), d.title()));
                dotsSeen = true;
                continue;
            }
            if (!overAdded && dotsSeen) {
                out.addAll(emphasis.over());
                overAdded = true;
            }
            out.add(s);
        }
        if (!underAdded) {
            out.addAll(emphasis.under());
        }
        if (!overAdded) {
            out.addAll(emphasis.over());
        }
        return out;
    }

    private static List<Shape> pick(List<Shape> all, int[] which) {
        List<Shape> some = new java.util.ArrayList<>(which.length);
        for (int i : which) {
            some.add(all.get(i));
        }
        return some;
    }

    /** {visible messages, visible dots}. */
    private int[] visibleCounts(List<Shape> shapes) {
        int[] n = new int[2];
        for (Shape shape : shapes) {
            if (shape instanceof Shape.Wave w && crosses(w.x1(), w.y1(), w.x2(), w.y2())) {
                n[0]++;
            } else if (shape instanceof Shape.Dot d && visible(d.x(), d.y(), d.x(), d.y())) {
                n[1]++;
            }
        }
        return n;
    }

    /** Crowded messages go into one path per colour, stroked once: far cheaper than a stroke each. */
    private void batchLine(Role role, boolean dashed, double x1, double y1, double x2, double y2) {
        if (batchRole != role || batchDashed != dashed) {
            flushBatch();
            stroke(role, dashed);
            // Hundreds of messages at once are traffic, not arrows: drawn faint, they shade the picture
            // by how busy it is and leave the events and a selection's colours readable over them. A
            // pale opaque colour rather than a see-through one: the software renderer blends far slower.
            gc.setStroke(crowded(role));
            gc.beginPath();
            batchRole = role;
            batchDashed = dashed;
        }
        gc.moveTo(x1, y1);
        gc.lineTo(x2, y2);
    }

    /** The colour of a message among crowds of them: its own, faded toward the background. */
    public static javafx.scene.paint.Color crowded(Role role) {
        return Theme.colour(role).interpolate(Theme.BACKGROUND, 1 - CROWDED_OPACITY);
    }

    private void flushBatch() {
        if (batchRole != null) {
            gc.stroke();
            batchRole = null;
        }
    }

    private boolean visible(double x1, double y1, double x2, double y2) {
        double a = view.toPixelX(x1);
        double b = view.toPixelX(x2);
        double c = view.toPixelY(y1);
        double d = view.toPixelY(y2);
        return Math.max(a, b) >= -20 && Math.min(a, b) <= width + 20 && Math.max(c, d) >= -20
                && Math.min(c, d) <= height + 20;
    }

    /** Whether the segment itself, not just its bounding box, passes through the window. */
    private boolean crosses(double x1, double y1, double x2, double y2) {
        return visible(x1, y1, x2, y2) && Clip.segment(view.toPixelX(x1), view.toPixelY(y1), view.toPixelX(x2),
                view.toPixelY(y2), -20, -20, width + 20, height + 20) != null;
    }

    private void stroke(Role role, boolean dashed) {
        gc.setStroke(Theme.colour(role));
        gc.setLineWidth(Style.lineWidth(role));
        if (dashed) {
            gc.setLineDashes(Style.dashes(role));
        } else {
            gc.setLineDashes();
        }
    }

    private void line(Shape.Line line) {
        if (!visible(line.x1(), line.y1(), line.x2(), line.y2())) {
            return;
        }
        double x1 = view.toPixelX(line.x1());
        double y1 = view.toPixelY(line.y1());
        double x2 = view.toPixelX(line.x2());
        double y2 = view.toPixelY(line.y2());
        if (!line.dashed() && (x1 == x2 || y1 == y2)) {
            // A solid line along an axis is a rectangle (square caps, as a stroke has). The software
            // renderer fills one far faster than it strokes a tall line, which it samples row by row.
            double half = Style.lineWidth(line.role()) / 2;
            gc.setFill(Theme.colour(line.role()));
            gc.fillRect(Math.min(x1, x2) - half, Math.min(y1, y2) - half, Math.abs(x2 - x1) + 2 * half,
                    Math.abs(y2 - y1) + 2 * half);
            return;
        }
        stroke(line.role(), line.dashed());
        gc.strokeLine(x1, y1, x2, y2);
    }

    private void wave(Shape.Wave wave) {
        if (!crosses(wave.x1(), wave.y1(), wave.x2(), wave.y2())) {
            return;
        }
        boolean witness = wave.role() == Role.WITNESS;
        if (!witness && !takeMessage()) {
            return;
        }
        double x1 = view.toPixelX(wave.x1());
        double y1 = view.toPixelY(wave.y1());
        double x2 = view.toPixelX(wave.x2());
        double y2 = view.toPixelY(wave.y2());
        double length = Math.hypot(x2 - x1, y2 - y1);
        if (length < 3 || (levelOfDetail && !witness && !drawnMessages.add(pixelKey(x1, y1, x2, y2)))) {
            return;
        }
        if (straight && !witness) {
            // Cut to the window first: the renderer's cost follows the length it is given, not what shows.
            double[] f = Clip.segment(x1, y1, x2, y2, -20, -20, width + 20, height + 20);
            if (f != null) {
                double dx = x2 - x1;
                double dy = y2 - y1;
                batchLine(wave.role(), wave.dashed(), x1 + dx * f[0], y1 + dy * f[0], x1 + dx * f[1], y1 + dy * f[1]);
            }
            return;
        }
        stroke(wave.role(), wave.dashed());
        gc.setFill(Theme.colour(wave.role()));
        if (length < 24) {
            gc.strokeLine(x1, y1, x2, y2);
        } else {
            double[] pts = length > CLIP_ABOVE ? clippedWave(x1, y1, x2, y2, length)
                    : WavePath.points(x1, y1, x2, y2, PixelShapes.AMPLITUDE, PixelShapes.WAVELENGTH);
            if (pts.length >= 4) {
                gc.beginPath();
                gc.moveTo(pts[0], pts[1]);
                for (int i = 2; i < pts.length; i += 2) {
                    gc.lineTo(pts[i], pts[i + 1]);
                }
                gc.stroke();
            }
        }
        if (!witness && length > 16) {
            arrowhead(x1, y1, x2, y2);
        }
    }

    /** Whether the next visible message is among the {@link #MESSAGE_BUDGET} drawn, spread evenly over all of them. */
    private boolean takeMessage() {
        int i = messageIndex++;
        if (!levelOfDetail || messagesVisible <= MESSAGE_BUDGET) {
            return true;
        }
        return (long) (i + 1) * MESSAGE_BUDGET / messagesVisible != (long) i * MESSAGE_BUDGET / messagesVisible;
    }

    /**
     * The part of a very long wave that crosses the window (zoomed far in), with the wave's phase
     * measured from the send so it does not crawl while panning. Empty when it misses the window.
     */
    private double[] clippedWave(double x1, double y1, double x2, double y2, double length) {
        double[] f = Clip.segment(x1, y1, x2, y2, -20, -20, width + 20, height + 20);
        if (f == null) {
            return new double[0];
        }
        double ux = (x2 - x1) / length;
        double uy = (y2 - y1) / length;
        double from = f[0] * length;
        double to = f[1] * length;
        double wavyEnd = length - 18;
        int steps = Math.max(2, (int) Math.ceil((to - from) / 2.25)); // 8 points per half wave of 18 px
        double[] pts = new double[(steps + 1) * 2];
        for (int i = 0; i <= steps; i++) {
            double along = from + (to - from) * i / steps;
            double off = along < wavyEnd ? 4 * Math.sin(2 * Math.PI * along / 18) : 0;
            pts[2 * i] = x1 + ux * along - uy * off;
            pts[2 * i + 1] = y1 + uy * along + ux * off;
        }
        return pts;
    }

    /** Messages between the same two pixels (to 2 px) look the same: one is enough. */
    private static long pixelKey(double x1, double y1, double x2, double y2) {
        long a = ((long) Math.floor(x1 / 2)) & 0xffff;
        long b = ((long) Math.floor(y1 / 2)) & 0xffff;
        long c = ((long) Math.floor(x2 / 2)) & 0xffff;
        long d = ((long) Math.floor(y2 / 2)) & 0xffff;
        return a << 48 | b << 32 | c << 16 | d;
    }

    /** A filled arrowhead whose tip stops at the rim of the receive event's dot. */
    private void arrowhead(double x1, double y1, double x2, double y2) {
        if (x2 < -20 || y2 < -20 || x2 > width + 20 || y2 > height + 20) {
            return;
        }
        double[] a = PixelShapes.arrowhead(x1, y1, x2, y2);
        gc.fillPolygon(new double[] {a[0], a[2], a[4]}, new double[] {a[1], a[3], a[5]}, 3);
    }

    private void dot(Shape.Dot dot) {
        double x = view.toPixelX(dot.x());
        double y = view.toPixelY(dot.y());
        if (x < -DOT_MARGIN || y < -DOT_MARGIN || x > width + DOT_MARGIN || y > height + DOT_MARGIN) {
            return;
        }
        if (levelOfDetail && plainDot(dot.role()) && !dots.claimPoint(x, y)) {
            return;
        }
        double r = dot.radius();
        gc.setFill(Theme.colour(dot.role()));
        if (!denseDots) {
            labels.dot(x, y, r); // a label never covers a dot
        }
        if (denseDots) {
            // Thousands of dots a few pixels apart: small squares read the same and cost far less to fill.
            gc.fillRect(Math.rint(x) - 2, Math.rint(y) - 2, 5, 5);
        } else if (levelOfDetail && Math.abs(x - lastDotX) < r && Math.abs(y - lastDotY) < r) {
            // Mostly under the dot before it: together they read as a bar, which squares draw as well at a
            // fraction of the cost of circles.
            gc.fillRect(Math.rint(x - r), Math.rint(y - r), Math.rint(2 * r), Math.rint(2 * r));
        } else {
            gc.fillOval(x - r, y - r, 2 * r, 2 * r);
        }
        lastDotX = x;
        lastDotY = y;
    }

    /** Dots of these roles give way to one already painted in their cell; others are always painted. */
    public static boolean plainDot(Role role) {
        return role == Role.EVENT || role == Role.FADED || role == Role.PAST || role == Role.FUTURE
                || role == Role.CONCURRENT;
    }

    private void ring(Shape.Ring ring) {
        double x = view.toPixelX(ring.x());
        double y = view.toPixelY(ring.y());
        double r = ring.radius();
        stroke(ring.role(), false);
        gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

    private void text(Shape.Text text) {
        if (denseDots && text.role() == Role.EVENT_LABEL) {
            return; // labels only where they fit: among thousands of crowded dots none does
        }
        LabelRoom.Placed placed = labels.place(text);
        if (placed == null) {
            return;
        }
        double[] box = placed.box();
        gc.setFont(Theme.font(text.role()));
        gc.setTextBaseline(VPos.CENTER);
        // The box is an estimate for overlap tests; the alignment puts the real text where the anchor says.
        double y = (box[1] + box[3]) / 2;
        double x = switch (text.anchor()) {
            case LEFT -> box[0];
            case RIGHT -> box[2];
            default -> (box[0] + box[2]) / 2;
        };
        gc.setTextAlign(switch (text.anchor()) {
            case LEFT -> TextAlignment.LEFT;
            case RIGHT -> TextAlignment.RIGHT;
            default -> TextAlignment.CENTER;
        });
        if (halo && levelOfDetail) {
            // On screen a see-through ground under the label: stroking the letters' outlines would read
            // better, but costs the software renderer a fifth of a millisecond a label.
            gc.setFill(HALO_GROUND);
            gc.fillRect(box[0] - 1, box[1], box[2] - box[0] + 2, box[3] - box[1]);
        } else if (halo) {
            // Events at one height joined by a message put the message under the labels: a rim of
            // background round the letters keeps them readable and leaves the lines showing around them.
            gc.setStroke(Theme.BACKGROUND);
            gc.setLineWidth(HALO_WIDTH);
            gc.setLineDashes();
            gc.setLineJoin(StrokeLineJoin.ROUND); // mitred corners would spike out of the letters
            gc.strokeText(placed.text(), x, y);
            gc.setLineJoin(StrokeLineJoin.MITER);
        }
        gc.setFill(Theme.colour(text.role()));
        gc.fillText(placed.text(), x, y);
    }
}
