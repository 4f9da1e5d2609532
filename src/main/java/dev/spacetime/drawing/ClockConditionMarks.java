package dev.spacetime.drawing;

import dev.spacetime.causality.AssignedClocks;
import dev.spacetime.causality.ClockCondition;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.Orientation;
import java.util.List;

/**
 * Where the diagram's own clocks (a student's "my clocks") break the Clock Condition, marked on the
 * picture and named as the paper names the two halves: a thick stroke along the process line from a to
 * b, labelled "C1", where a comes before b on a process yet C(a) ≥ C(b); a thick dashed stroke along the
 * message, labelled "C2", where a sends it, b receives it, yet C(a) ≥ C(b). Events without a value
 * are not yet given and mark nothing.
 */
final class ClockConditionMarks {
    /** Marks drawn at most of each kind: past this a picture is a smear and the legend gives the count. */
    static final int LIMIT = 2000;

    private ClockConditionMarks() {
    }

    /** Adds the strokes to {@code lines} (under the dots) and their "C1"/"C2" labels to {@code texts}. */
    static void add(DiagramLayout layout, List<Shape> lines, List<Shape> texts) {
        AssignedClocks mine = AssignedClocks.of(layout.analysis());
        if (mine == null) {
            return;
        }
        mark(layout, mine.c1Violations(), Role.C1_FAILS, "C1", lines, texts);
        mark(layout, mine.c2Violations(), Role.C2_FAILS, "C2", lines, texts);
    }

    private static void mark(DiagramLayout layout, List<ClockCondition.Violation> found, Role role, String name,
            List<Shape> lines, List<Shape> texts) {
        boolean up = layout.orientation() == Orientation.TIME_UP;
        int drawn = 0;
        for (ClockCondition.Violation v : found) {
            if (drawn == LIMIT) {
                break;
            }
            if (!layout.isShown(v.from()) || !layout.isShown(v.to())) {
                continue;
            }
            double x1 = layout.eventX(v.from());
            double y1 = layout.eventY(v.from());
            double x2 = layout.eventX(v.to());
            double y2 = layout.eventY(v.to());
            lines.add(new Shape.Line(x1, y1, x2, y2, role == Role.C2_FAILS, role));
            texts.add(new Shape.Text((x1 + x2) / 2, (y1 + y2) / 2, name, up ? Shape.Anchor.RIGHT : Shape.Anchor.BELOW,
                    role));
            drawn++;
        }
    }
}
