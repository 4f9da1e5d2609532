package dev.spacetime.lod;

import dev.spacetime.drawing.PixelShapes;
import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Shape;
import dev.spacetime.drawing.Style;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Where a frame's texts go, so that every one drawn can be read: process names and clock registers
 * claim their room first; then labels, in painting order, where no other text and no dot is, at most
 * {@value LevelOfDetail#LABEL_BUDGET} in a frame. A label that does not fit whole is cut short with an ellipsis,
 * keeping at least its event's id, rather than left out (but on a crowded screen). In an export
 * every label that fits is drawn, and none runs off the picture's sides.
 */
public final class LabelRoom {
    /** A text to draw: what it reads (perhaps cut short) and its box in pixels {x1, y1, x2, y2}. */
    public record Placed(String text, double[] box) {
    }

    private final Viewport view;
    private final double width;
    private final double height;
    private final PixelGrid taken;
    private final Set<Shape.Text> reserved = Collections.newSetFromMap(new IdentityHashMap<>());
    private final boolean withinEdges; // an export: a label may not run off the picture (a window can be panned)
    private final boolean shorten;
    private int labelsLeft;

    /**
     * @param budgeted false for an export, where every label that fits is drawn
     * @param shorten  whether a label that does not fit whole is cut short (else it is left out)
     */
    public LabelRoom(Viewport view, double width, double height, boolean budgeted, boolean shorten) {
        this.view = view;
        this.width = width;
        this.height = height;
        this.taken = new PixelGrid(width, height, 4);
        this.labelsLeft = budgeted ? LevelOfDetail.LABEL_BUDGET : Integer.MAX_VALUE;
        this.withinEdges = !budgeted;
        this.shorten = shorten;
    }

    /** Texts drawn whatever else is there: process names and clock registers. */
    public static boolean always(Role role) {
        return role == Role.PROCESS_NAME || role == Role.REGISTER;
    }

    /** Claims room for a process name or a clock register; a name that would overlap another is left out, a register never. */
    public void reserve(Shape.Text text) {
        double[] box = box(text, text.text().length());
        if (taken.claimRect(box[0], box[1], box[2], box[3]) || text.role() == Role.REGISTER) {
            reserved.add(text);
        }
    }

    /** Keeps labels off a dot painted at (x, y). */
    public void dot(double x, double y, double radius) {
        taken.claimRect(x - radius, y - radius, x + radius, y + radius);
    }

    /** Where a text goes and what it reads there, or null when it is not drawn. */
    public Placed place(Shape.Text text) {
        if (labelsLeft <= 0 && !always(text.role())) {
            return null;
        }
        String shown = text.text();
        double[] box = box(text, shown.length());
        if (box[2] < 0 || box[0] > width || box[3] < 0 || box[1] > height) {
            return null;
        }
        if (always(text.role())) {
            return reserved.contains(text) ? new Placed(shown, box) : null;
        }
        if (!inside(box) || !taken.claimRect(box[0], box[1], box[2], box[3])) {
            int chars = shorten ? shortened(text) : -1;
            if (chars < 0) {
                return null;
            }
            shown = shown.substring(0, chars).stripTrailing() + "…";
            box = box(text, chars + 1);
            taken.claimRect(box[0], box[1], box[2], box[3]);
        }
        labelsLeft--;
        return new Placed(shown, box);
    }

    /** Where the box of the text's first {@code chars} characters would lie, in pixels: {x1, y1, x2, y2}. */
    private double[] box(Shape.Text text, int chars) {
        double size = Style.fontSize(text.role());
        double w = chars * size * 0.6;
        double x = view.toPixelX(text.x());
        double y = view.toPixelY(text.y());
        double gap = PixelShapes.GAP;
        return switch (text.anchor()) {
            case LEFT -> new double[] {x + gap, y - size / 2, x + gap + w, y + size / 2};
            case RIGHT -> new double[] {x - gap - w, y - size / 2, x - gap, y + size / 2};
            case CENTER -> new double[] {x - w / 2, y - size / 2, x + w / 2, y + size / 2};
            case BELOW -> new double[] {x - w / 2, y + gap, x + w / 2, y + gap + size};
            case ABOVE -> new double[] {x - w / 2, y - gap - size, x + w / 2, y - gap};
        };
    }

    /**
     * How many characters of a label, an ellipsis after them, fit where the whole label does not, or -1:
     * an event's label keeps at least its id (the text before the first double space), a message's at
     * least a few characters; a label that is no more than that is left out.
     */
    private int shortened(Shape.Text text) {
        if (text.role() != Role.EVENT_LABEL && text.role() != Role.MESSAGE_LABEL) {
            return -1;
        }
        String s = text.text();
        int least = text.role() == Role.EVENT_LABEL ? s.indexOf("  ") : Math.min(4, s.length() - 1);
        if (least <= 0 || !fits(text, least)) {
            return -1;
        }
        int lo = least; // fits
        int hi = s.length() - 1; // the whole text, one character longer, does not
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (fits(text, mid)) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Whether the text's first {@code chars} characters and an ellipsis fit in the room left. */
    private boolean fits(Shape.Text text, int chars) {
        double[] box = box(text, chars + 1);
        return inside(box) && taken.free(box[0], box[1], box[2], box[3]);
    }

    /** Whether a box may go where it lies: anywhere on screen, within the picture in an export. */
    private boolean inside(double[] box) {
        return !withinEdges || (box[0] >= 0 && box[2] <= width);
    }
}
