package dev.spacetime.lod;

import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.Frame;
import dev.spacetime.drawing.LabelPlacement;
import dev.spacetime.drawing.Placements;
import dev.spacetime.drawing.Shape;
import dev.spacetime.drawing.TextScale;
import java.util.ArrayList;
import java.util.List;

/**
 * The label placement a window needs: for a small drawing every label at once; for a big one the
 * labels of the window and half a window's breadth round it, from the shapes the frame index picks
 * there, so that the cost follows the window and a pan within that reach moves no label. Worked
 * out when the drawing, the zoom or the text size changes, or the view leaves the part placed; not
 * at every frame.
 */
public final class WindowLabels {
    private WindowLabels() {
    }

    /** Whether {@code placed} still serves this drawing in a w × h window through {@code view}. */
    public static boolean serves(Placements placed, Viewport view, double w, double h, double textFactor) {
        return placed != null && placed.scale() == view.scale()
                && placed.textScale() == TextScale.of(view.scale(), textFactor) && placed.covers(view.visiblePage(w, h));
    }

    public static Placements place(Drawing drawing, FrameShapes frames, Viewport view, double w, double h,
            double textFactor) {
        double scale = view.scale();
        double k = TextScale.of(scale, textFactor);
        if (frames == null || drawing.shapes().size() <= LevelOfDetail.PLACE_WHOLE_UP_TO) {
            return LabelPlacement.placeForWindow(drawing, scale, k);
        }
        Viewport reach = new Viewport();
        reach.show(new Frame(scale, view.dx() + w / 2, view.dy() + h / 2));
        FrameShapes.Picked picked = frames.pick(reach, 2 * w, 2 * h, new int[0]);
        List<Shape> all = drawing.shapes();
        List<Shape> near;
        if (picked == null || picked.shapes() == null) {
            near = all;
        } else {
            if (Boolean.TRUE.equals(picked.denseDots())) {
                return Placements.crowded(scale, k, reach.visiblePage(2 * w, 2 * h));
            }
            near = new ArrayList<>(picked.shapes().length);
            for (int i : picked.shapes()) {
                near.add(all.get(i));
            }
        }
        int texts = 0;
        for (Shape s : near) {
            texts += s instanceof Shape.Text ? 1 : 0;
        }
        if (texts > LevelOfDetail.PLACED_AT_MOST) {
            return Placements.crowded(scale, k, reach.visiblePage(2 * w, 2 * h));
        }
        return LabelPlacement.place(near, scale, k, reach.visiblePage(2 * w, 2 * h), drawing.bounds());
    }

    /** How many labels with no room have their point in the w × h window. */
    public static int hiddenIn(Placements placed, Viewport view, double w, double h) {
        double[] page = view.visiblePage(w, h);
        int n = 0;
        for (Shape.Text t : placed.hidden()) {
            if (t.x() >= page[0] && t.x() <= page[2] && t.y() >= page[1] && t.y() <= page[3]) {
                n++;
            }
        }
        return n;
    }
}
