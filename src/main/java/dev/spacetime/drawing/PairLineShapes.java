package dev.spacetime.drawing;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.CausalCone;
import dev.spacetime.causality.PairVisitor;
import dev.spacetime.layout.DiagramLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * Dotted curves joining pairs of events: every concurrent pair, every false ordering, or every
 * anomaly of section 5, up to a limit; or, with one event selected, the events concurrent with it. Each bows clear of every other
 * event ({@link PairArcs}); a pair with no clear curve is left out rather than drawn through a dot.
 */
final class PairLineShapes {
    private PairLineShapes() {
    }

    static void concurrent(DiagramLayout layout, List<Shape> shapes) {
        add(layout, shapes, Role.CONCURRENT_PAIR);
    }

    static void falseOrderings(DiagramLayout layout, List<Shape> shapes) {
        add(layout, shapes, Role.FALSE_ORDERING);
    }

    /** A curve for each pair a ➝ b with C(a) ≥ C(b): the pairs whose relation text says the Strong Clock Condition fails. */
    static void anomalies(DiagramLayout layout, List<Shape> shapes) {
        add(layout, shapes, Role.ANOMALY);
    }

    /** A curve from event e to each shown event concurrent with it (under ➝ when {@code external}), up to the limit. */
    static List<Shape> concurrentWith(DiagramLayout layout, int e, boolean external) {
        List<Shape> shapes = new ArrayList<>();
        if (!layout.isShown(e)) {
            return shapes;
        }
        CausalCone cone = external ? layout.analysis().coneWithExternal(e) : layout.analysis().cone(e);
        PairArcs arcs = new PairArcs(layout);
        for (int x = 0; x < layout.analysis().eventCount() && shapes.size() < DrawingOptions.PAIR_LINE_LIMIT; x++) {
            if (x != e && layout.isShown(x) && cone.isConcurrent(x)) {
                Shape.Line line = arcs.line(e, x, Role.CONCURRENT_PAIR);
                if (line != null) {
                    shapes.add(line);
                }
            }
        }
        return shapes;
    }

    private static void add(DiagramLayout layout, List<Shape> shapes, Role role) {
        Analysis a = layout.analysis();
        PairArcs arcs = new PairArcs(layout);
        int[] left = {DrawingOptions.PAIR_LINE_LIMIT};
        PairVisitor visitor = (x, y) -> {
            if (layout.isShown(x) && layout.isShown(y)) {
                Shape.Line line = arcs.line(x, y, role);
                if (line != null) {
                    shapes.add(line);
                }
            }
            return --left[0] > 0;
        };
        switch (role) {
            case CONCURRENT_PAIR -> a.concurrentPairs(visitor);
            case FALSE_ORDERING -> a.falseOrderings(visitor);
            case ANOMALY -> a.anomalies(visitor);
            default -> throw new IllegalArgumentException("no pairs of " + role);
        }
    }
}
