package dev.spacetime.drawing;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.EventGraph;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.Orientation;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.MessageRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Turns a laid-out diagram into a drawing: process lines with their names, a wavy arrow per message
 * (dashed when external), a dot per event labelled with its id and clock, and whatever the options
 * add (tick lines, selection colours, the witness chain, pair lines). Shapes are in painting order:
 * lines and arrows first so that dots sit on top of the arrows' ends, labels last.
 */
public final class DrawingBuilder {
    public static final double DOT_RADIUS = 5;
    /** Tick lines drawn at most; beyond this every n-th is drawn. */
    static final int TICK_LINE_LIMIT = 200;
    /** Events up to which each dot carries its hover title. */
    public static final int TITLE_LIMIT = 20_000;

    private DrawingBuilder() {
    }

    public static Drawing build(DiagramLayout layout, ClockLabels clocks) {
        return build(layout, DrawingOptions.plain(clocks));
    }

    /**
     * The drawing for these options. The selection is laid over a drawing of the rest by
     * {@link SelectionLayer}, so the app can keep the rest and redo only that part on a click.
     */
    public static Drawing build(DiagramLayout layout, DrawingOptions options) {
        return SelectionLayer.apply(withoutSelection(layout, options), layout, options.selected(), null, null,
                options.concurrentPairs());
    }

    /**
     * Everything but the selection. Dots and event labels come in event order (dense index), one per
     * shown event, and message waves in message order, one per message between shown events: the
     * layers laid over the drawing rely on it.
     */
    public static Drawing withoutSelection(DiagramLayout layout, DrawingOptions options) {
        Analysis analysis = layout.analysis();
        EventGraph g = analysis.graph();
        Diagram d = g.diagram();
        boolean up = layout.orientation() == Orientation.TIME_UP;
        List<Shape> shapes = new ArrayList<>();
        BarsAndNotes.bars(layout, shapes); // under the process lines they pick out
        for (int e = 0; e < g.eventCount(); e++) {
            if (layout.runLength(e) > 1 && layout.isShown(e)) {
                int last = e + layout.runLength(e) - 1;
                shapes.add(new Shape.Line(layout.eventX(e), layout.eventY(e), layout.eventX(last), layout.eventY(last),
                        false, Role.RUN));
            }
        }
        for (int p = 0; p < g.processCount(); p++) {
            if (layout.isHidden(p)) {
                continue;
            }
            double x1 = layout.x(p, layout.startTime());
            double y1 = layout.y(p, layout.startTime());
            shapes.add(new Shape.Line(x1, y1, layout.x(p, layout.endTime()), layout.y(p, layout.endTime()), false,
                    Role.PROCESS_LINE));
            // The name sits where the process line starts: under it when time goes up, left of it otherwise.
            shapes.add(new Shape.Text(x1, y1, d.processName(p), up ? Shape.Anchor.BELOW : Shape.Anchor.RIGHT,
                    Role.PROCESS_NAME));
        }
        List<Shape> textsLast = new ArrayList<>(); // tick labels and clock marks, painted over everything else
        if (options.tickLines()) {
            TickLineShapes.add(layout, shapes, textsLast);
        }
        messages(layout, shapes);
        ImpliedArcs.add(layout, shapes);
        ClockConditionMarks.add(layout, shapes, textsLast); // under the dots, their "C1"/"C2" with the labels
        if (options.concurrentPairs()) {
            PairLineShapes.concurrent(layout, shapes);
        }
        if (options.falseOrderings()) {
            PairLineShapes.falseOrderings(layout, shapes);
        }
        if (options.anomalies()) {
            PairLineShapes.anomalies(layout, shapes);
        }
        // Hover titles spell out a vector clock per event: worth it for pictures people hover over, not for
        // a hundred thousand events, where the screen asks for an event's text only when the pointer is on it.
        boolean titles = g.eventCount() <= TITLE_LIMIT;
        for (int e = 0; e < g.eventCount(); e++) {
            if (layout.isShown(e)) {
                shapes.add(new Shape.Dot(layout.eventX(e), layout.eventY(e), DOT_RADIUS, Role.EVENT, g.id(e),
                        titles ? EventText.title(analysis, e) : null));
            }
        }
        // Labels are spelled out when painted: a big diagram shows few of them at a time.
        IntFunction<String> labels = e -> {
            String label = EventText.label(analysis, e, options.clocks());
            return layout.runLength(e) <= 1 ? label
                    : label + "  … " + g.id(e + layout.runLength(e) - 1) + " (" + layout.runLength(e) + " local events)";
        };
        for (int e = 0; e < g.eventCount(); e++) {
            if (layout.isShown(e)) {
                shapes.add(Shape.Text.of(layout.eventX(e), layout.eventY(e), labels, e,
                        up ? Shape.Anchor.LEFT : Shape.Anchor.ABOVE, Role.EVENT_LABEL));
            }
        }
        shapes.addAll(textsLast);
        return new Drawing(shapes, layout.bounds(), layout.orientation());
    }

    /** "p1", "p1  C=1" or "p1  [1,0,0]", followed by the event's own label when it has one. */
    static String eventLabel(Analysis analysis, int e, ClockLabels clocks) {
        return EventText.label(analysis, e, clocks);
    }

    private static void messages(DiagramLayout layout, List<Shape> shapes) {
        EventGraph g = layout.analysis().graph();
        Diagram d = g.diagram();
        List<Shape> labels = new ArrayList<>();
        IntFunction<String> titles = k -> { // spelled out when asked for: only exports ask for all of them
            int m = d.message(k);
            boolean external = d.isExternal(m);
            String label = d.messageLabel(m);
            return d.eventId(d.messageFrom(m)) + (external ? " ⇝ " : " → ") + d.eventId(d.messageTo(m))
                    + (external ? " (external)" : "") + (label == null ? "" : ": " + label);
        };
        for (int k = 0; k < d.messageCount(); k++) {
            int m = d.message(k);
            int r = g.indexOfHandle(d.messageTo(m));
            int s = g.indexOfHandle(d.messageFrom(m));
            if (!layout.isShown(r) || !layout.isShown(s)) {
                continue; // through a hidden process: shown as an implied arc instead
            }
            boolean external = d.isExternal(m);
            double sx = layout.eventX(s);
            double sy = layout.eventY(s);
            double rx = layout.eventX(r);
            double ry = layout.eventY(r);
            String label = d.messageLabel(m);
            shapes.add(Shape.Wave.withTitleOf(sx, sy, rx, ry, external,
                    external ? Role.EXTERNAL_MESSAGE : Role.MESSAGE, titles, k, new MessageRef(g.id(s), g.id(r))));
            if (label != null) {
                // 40% along from the send: clear of the middle, where crossing messages tend to meet.
                labels.add(new Shape.Text(sx + (rx - sx) * 0.4, sy + (ry - sy) * 0.4, label, Shape.Anchor.ABOVE,
                        Role.MESSAGE_LABEL));
            }
        }
        shapes.addAll(labels);
    }

    static String vector(int[] v) {
        return Arrays.toString(v).replace(" ", "");
    }
}
