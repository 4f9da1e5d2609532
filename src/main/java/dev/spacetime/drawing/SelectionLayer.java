package dev.spacetime.drawing;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.Witness;
import dev.spacetime.layout.DiagramLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a selection over a drawing made without one: recolours the dots (one selected event colours
 * its past, future and concurrent events), rings the selected events, and for two events related by
 * happened-before draws the chain that proves it under the messages. Only dots are replaced, so a
 * click on a big diagram costs a pass over the shapes, not a new drawing.
 */
public final class SelectionLayer {
    private SelectionLayer() {
    }

    /**
     * What a selection changes, kept apart from the drawing so the screen can paint it over a drawing
     * it has already indexed: the role of each shown event's dot (by its place in dot order), the
     * shapes that go under the messages (the chain) and those that go just after the dots (the rings).
     * Roles are answered per dot on demand, so a click on a million events makes no per-event arrays.
     */
    public static final class Emphasis {
        private final DiagramLayout layout;
        private final EventRoles roles;
        private final int[] selectedDots;
        private final List<Shape> under;
        private final List<Shape> over;

        private Emphasis(DiagramLayout layout, EventRoles roles, int[] selectedDots, List<Shape> under,
                List<Shape> over) {
            this.layout = layout;
            this.roles = roles;
            this.selectedDots = selectedDots;
            this.under = under;
            this.over = over;
        }

        /** The role of the k-th dot. */
        public Role dotRole(int k) {
            return roles.of(layout.shownEvent(k));
        }

        /** The places in dot order of the selected events that are drawn. */
        public int[] selectedDots() {
            return selectedDots.clone();
        }

        public List<Shape> under() {
            return under;
        }

        public List<Shape> over() {
            return over;
        }
    }

    /** The emphasis for these selected ids, or null when nothing (that exists) is selected. */
    public static Emphasis emphasis(DiagramLayout layout, List<String> ids) {
        Analysis analysis = layout.analysis();
        int[] selected = ids.stream().mapToInt(analysis::indexOf).filter(e -> e >= 0).distinct().limit(2).toArray();
        if (selected.length == 0) {
            return null;
        }
        int[] dots = java.util.Arrays.stream(selected).map(layout::dotOf).filter(k -> k >= 0).toArray();
        List<Shape> rings = new ArrayList<>();
        rings(layout, selected, rings);
        return new Emphasis(layout, new EventRoles(analysis, selected), dots,
                selected.length == 2 ? witness(layout, selected[0], selected[1]) : List.of(), rings);
    }

    public static Drawing apply(Drawing base, DiagramLayout layout, List<String> ids) {
        Emphasis emphasis = emphasis(layout, ids);
        if (emphasis == null) {
            return base;
        }
        List<Shape> shapes = new ArrayList<>(base.shapes().size() + emphasis.under().size() + 2);
        int dot = 0;
        boolean chainAdded = false;
        boolean ringsAdded = false;
        for (Shape s : base.shapes()) {
            if (!chainAdded && underChain(s)) {
                shapes.addAll(emphasis.under());
                chainAdded = true;
            }
            if (s instanceof Shape.Dot d) {
                Role role = emphasis.dotRole(dot++);
                shapes.add(role == d.role() ? d : new Shape.Dot(d.x(), d.y(), d.radius(), role, d.id(), d.title()));
                continue;
            }
            if (!ringsAdded && dot > 0) {
                shapes.addAll(emphasis.over());
                ringsAdded = true;
            }
            shapes.add(s);
        }
        if (!chainAdded) {
            shapes.addAll(emphasis.under());
        }
        if (!ringsAdded) {
            shapes.addAll(emphasis.over());
        }
        return new Drawing(shapes, base.bounds());
    }

    /** The chain goes above process lines and tick lines, below everything else. */
    public static boolean underChain(Shape s) {
        Role r = s.role();
        return r != Role.PROCESS_LINE && r != Role.PROCESS_NAME && r != Role.TICK_LINE;
    }

    private static void rings(DiagramLayout layout, int[] selected, List<Shape> shapes) {
        for (int e : selected) {
            shapes.add(new Shape.Ring(layout.eventX(e), layout.eventY(e), DrawingBuilder.DOT_RADIUS + 4, Role.SELECTED));
        }
    }

    /** A thick underlay along the chain proving a → b (or b → a); empty when they are concurrent. */
    private static List<Shape> witness(DiagramLayout layout, int a, int b) {
        Analysis analysis = layout.analysis();
        Witness w = analysis.happenedBefore(a, b) ? analysis.witness(a, b)
                : analysis.happenedBefore(b, a) ? analysis.witness(b, a) : null;
        List<Shape> shapes = new ArrayList<>();
        if (w == null) {
            return shapes;
        }
        for (Witness.Step step : w.steps()) {
            double x1 = layout.eventX(step.from());
            double y1 = layout.eventY(step.from());
            double x2 = layout.eventX(step.to());
            double y2 = layout.eventY(step.to());
            shapes.add(step.message() ? new Shape.Wave(x1, y1, x2, y2, false, Role.WITNESS)
                    : new Shape.Line(x1, y1, x2, y2, false, Role.WITNESS));
        }
        return shapes;
    }
}
