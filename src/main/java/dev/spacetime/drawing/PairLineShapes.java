package dev.spacetime.drawing;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.PairVisitor;
import dev.spacetime.layout.DiagramLayout;
import java.util.List;

/** Dotted lines joining pairs of events: every concurrent pair, or every false ordering, up to a limit. */
final class PairLineShapes {
    private PairLineShapes() {
    }

    static void concurrent(DiagramLayout layout, List<Shape> shapes) {
        add(layout, shapes, Role.CONCURRENT_PAIR);
    }

    static void falseOrderings(DiagramLayout layout, List<Shape> shapes) {
        add(layout, shapes, Role.FALSE_ORDERING);
    }

    private static void add(DiagramLayout layout, List<Shape> shapes, Role role) {
        Analysis a = layout.analysis();
        int[] left = {DrawingOptions.PAIR_LINE_LIMIT};
        PairVisitor visitor = (x, y) -> {
            shapes.add(new Shape.Line(layout.eventX(x), layout.eventY(x), layout.eventX(y), layout.eventY(y), true,
                    role));
            return --left[0] > 0;
        };
        if (role == Role.CONCURRENT_PAIR) {
            a.concurrentPairs(visitor);
        } else {
            a.falseOrderings(visitor);
        }
    }
}
