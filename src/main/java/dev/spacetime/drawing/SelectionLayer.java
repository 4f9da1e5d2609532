package dev.spacetime.drawing;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.Witness;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.model.MessageRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a selection over a drawing made without one: recolours the dots (one selected event colours
 * its past, future and concurrent events), rings the selected events, and for two events related by
 * happened-before draws the chain that proves it under the messages. A selected process has its line
 * and name, a selected message its wave, drawn in the selection's role. Only those shapes are
 * replaced, so a click on a big diagram costs a pass over the shapes, not a new drawing.
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
        private final Shape.Line processLine; // the selected process's line as the drawing has it, or null
        private final String processName;
        private final MessageRef message;
        private final boolean ownPairs; // the selected event's pair lines replace the drawing's

        private Emphasis(DiagramLayout layout, EventRoles roles, int[] selectedDots, List<Shape> under,
                List<Shape> over, Shape.Line processLine, String processName, MessageRef message, boolean ownPairs) {
            this.ownPairs = ownPairs;
            this.processLine = processLine;
            this.processName = processName;
            this.message = message;
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

        /**
         * Some of a drawing's shapes with this emphasis laid in: dots recoloured by their place among
         * all dots, the chain put under the first shape it goes above, the rings under the first message or dot.
         *
         * @param all    every shape of the drawing
         * @param shapes the shapes to paint, in order: all of them, or those a frame picked
         * @param which  the place in {@code all} of each of {@code shapes}, or null when they are all
         */
        public List<Shape> laidOver(List<Shape> all, List<Shape> shapes, int[] which) {
            int firstDot = 0;
            while (firstDot < all.size() && !(all.get(firstDot) instanceof Shape.Dot)) {
                firstDot++;
            }
            List<Shape> out = new ArrayList<>(shapes.size() + under.size() + over.size());
            boolean underAdded = false;
            boolean overAdded = false;
            int dotsSeen = 0;
            // The selected message goes after the last message, so the waves drawn after it in the
            // drawing's order do not cross over the highlight.
            int lastWave = message == null ? -1 : lastWave(shapes);
            Shape selectedWave = null;
            for (int k = 0; k < shapes.size(); k++) {
                Shape s = shapes.get(k);
                if (ownPairs && s.role() == Role.CONCURRENT_PAIR) {
                    continue; // every pair's line would bury the selected event's among the rest
                }
                if (!underAdded && underChain(s)) {
                    out.addAll(under);
                    underAdded = true;
                }
                if (!overAdded && RingOrder.goesOverRings(s)) {
                    out.addAll(over);
                    overAdded = true;
                }
                if (s instanceof Shape.Dot d) {
                    // Dots are one block in a drawing: a dot's place among them is its place past the first.
                    Role role = dotRole(which == null ? dotsSeen : which[k] - firstDot);
                    out.add(role == d.role() ? d : new Shape.Dot(d.x(), d.y(), d.radius(), role, d.id(), d.title()));
                    dotsSeen++;
                    continue;
                }
                Shape shown = selected(s);
                if (shown.role() == Role.SELECTED_MESSAGE && k < lastWave) {
                    selectedWave = shown;
                } else {
                    out.add(shown);
                }
                if (k == lastWave && selectedWave != null) {
                    out.add(selectedWave);
                }
            }
            if (!underAdded) {
                out.addAll(under);
            }
            if (!overAdded) {
                out.addAll(over);
            }
            return out;
        }

        private static int lastWave(List<Shape> shapes) {
            for (int k = shapes.size() - 1; k >= 0; k--) {
                if (shapes.get(k) instanceof Shape.Wave) {
                    return k;
                }
            }
            return -1;
        }

        /** The shape in the selection's role when it is the selected process's line or name or the selected message. */
        private Shape selected(Shape s) {
            if (processLine != null && s instanceof Shape.Line l && l.role() == Role.PROCESS_LINE && l.equals(processLine)) {
                return new Shape.Line(l.x1(), l.y1(), l.x2(), l.y2(), l.dashed(), Role.SELECTED_PROCESS);
            }
            if (processName != null && s instanceof Shape.Text t && t.role() == Role.PROCESS_NAME
                    && t.text().equals(processName)) {
                return t.restyled(Role.SELECTED_NAME);
            }
            if (message != null && s instanceof Shape.Wave w && message.equals(w.message())
                    && (w.role() == Role.MESSAGE || w.role() == Role.EXTERNAL_MESSAGE)) {
                return w.moved(w.x1(), w.y1(), w.x2(), w.y2(), Role.SELECTED_MESSAGE);
            }
            return s;
        }
    }

    /** The emphasis for these selected ids, or null when nothing (that exists) is selected. */
    public static Emphasis emphasis(DiagramLayout layout, List<String> ids) {
        return emphasis(layout, ids, null, null);
    }

    /**
     * The emphasis for a selection of events, or of a process (by name), or of a message; null when
     * nothing that is drawn is selected.
     */
    public static Emphasis emphasis(DiagramLayout layout, List<String> ids, String process, MessageRef message) {
        return emphasis(layout, ids, process, message, false);
    }

    /**
     * As above; with {@code concurrentPairs} (the drawing joins concurrent pairs) and one event
     * selected, only that event's pairs are drawn: lines from it to each event concurrent with it.
     */
    public static Emphasis emphasis(DiagramLayout layout, List<String> ids, String process, MessageRef message,
            boolean concurrentPairs) {
        return emphasis(layout, ids, process, message, concurrentPairs, false);
    }

    /** As above; with {@code externalCones} one selected event's past and future are taken under ➝, not →. */
    public static Emphasis emphasis(DiagramLayout layout, List<String> ids, String process, MessageRef message,
            boolean concurrentPairs, boolean externalCones) {
        Analysis analysis = layout.analysis();
        int[] selected = ids.stream().mapToInt(analysis::indexOf).filter(e -> e >= 0).distinct().limit(2).toArray();
        Shape.Line line = processLine(layout, process);
        MessageRef to = message != null && message.find(analysis.graph().diagram()) >= 0 ? message : null;
        if (selected.length == 0 && line == null && to == null) {
            return null;
        }
        int[] dots = java.util.Arrays.stream(selected).map(layout::dotOf).filter(k -> k >= 0).toArray();
        List<Shape> rings = new ArrayList<>();
        rings(layout, selected, rings);
        boolean ownPairs = concurrentPairs && selected.length == 1;
        List<Shape> under = selected.length == 2 ? witness(layout, selected[0], selected[1])
                : ownPairs ? PairLineShapes.concurrentWith(layout, selected[0], externalCones) : List.of();
        return new Emphasis(layout, new EventRoles(analysis, selected, externalCones), dots, under, rings, line,
                line == null ? null : process, to, ownPairs);
    }

    /** The process's line as {@link DrawingBuilder} draws it, or null when there is no such process or it is hidden. */
    private static Shape.Line processLine(DiagramLayout layout, String name) {
        int p = name == null ? -1 : layout.analysis().graph().diagram().processIndex(name);
        if (p < 0 || layout.isHidden(p)) {
            return null;
        }
        return new Shape.Line(layout.x(p, layout.startTime()), layout.y(p, layout.startTime()),
                layout.x(p, layout.endTime()), layout.y(p, layout.endTime()), false, Role.PROCESS_LINE);
    }

    public static Drawing apply(Drawing base, DiagramLayout layout, List<String> ids) {
        return apply(base, layout, ids, null, null);
    }

    /** The drawing with this selection laid in: events, or a process by name, or a message. */
    public static Drawing apply(Drawing base, DiagramLayout layout, List<String> ids, String process, MessageRef message) {
        return apply(base, layout, ids, process, message, false);
    }

    /** As above, with only the selected event's pair lines when the drawing joins concurrent pairs. */
    public static Drawing apply(Drawing base, DiagramLayout layout, List<String> ids, String process, MessageRef message,
            boolean concurrentPairs) {
        return apply(base, layout, ids, process, message, concurrentPairs, false);
    }

    /** As above, one selected event's cone taken under ➝ when {@code externalCones}. */
    public static Drawing apply(Drawing base, DiagramLayout layout, List<String> ids, String process, MessageRef message,
            boolean concurrentPairs, boolean externalCones) {
        Emphasis emphasis = emphasis(layout, ids, process, message, concurrentPairs, externalCones);
        if (emphasis == null) {
            return base;
        }
        return new Drawing(emphasis.laidOver(base.shapes(), base.shapes(), null), base.bounds(), base.orientation());
    }

    /** The chain goes above process lines and tick lines, below everything else. */
    public static boolean underChain(Shape s) {
        Role r = s.role();
        return !r.processLine() && !r.processName() && r != Role.TICK_LINE;
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
