package dev.spacetime.drawing;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.EventGraph;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.Orientation;
import dev.spacetime.model.Diagram;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a laid-out diagram into a drawing: process lines with their names, a wavy arrow per message
 * (dashed when external), a dot per event labelled with its id and clock. Messages are drawn before
 * events so that dots sit on top of the arrows' ends.
 */
public final class DrawingBuilder {
    public static final double DOT_RADIUS = 5;

    private DrawingBuilder() {
    }

    public static Drawing build(DiagramLayout layout, ClockLabels clocks) {
        Analysis analysis = layout.analysis();
        EventGraph g = analysis.graph();
        Diagram d = g.diagram();
        boolean up = layout.orientation() == Orientation.TIME_UP;
        List<Shape> shapes = new ArrayList<>();
        for (int p = 0; p < g.processCount(); p++) {
            double x1 = layout.x(p, layout.startTime());
            double y1 = layout.y(p, layout.startTime());
            double x2 = layout.x(p, layout.endTime());
            double y2 = layout.y(p, layout.endTime());
            shapes.add(new Shape.Line(x1, y1, x2, y2, false, Role.PROCESS_LINE));
            // The name sits where the process line starts: under it when time goes up, left of it otherwise.
            shapes.add(new Shape.Text(x1, y1, d.processName(p),
                    up ? Shape.Anchor.BELOW : Shape.Anchor.RIGHT, Role.PROCESS_NAME));
        }
        for (int k = 0; k < d.messageCount(); k++) {
            int r = g.indexOfHandle(d.messageAt(k));
            int s = g.indexOfHandle(d.senderOf(d.messageAt(k)));
            boolean external = d.isExternal(d.messageAt(k));
            double sx = layout.eventX(s);
            double sy = layout.eventY(s);
            double rx = layout.eventX(r);
            double ry = layout.eventY(r);
            shapes.add(new Shape.Wave(sx, sy, rx, ry, external, external ? Role.EXTERNAL_MESSAGE : Role.MESSAGE));
            String label = d.messageLabel(d.messageAt(k));
            if (label != null) {
                // 40% along from the send: clear of the middle, where crossing messages tend to meet.
                shapes.add(new Shape.Text(sx + (rx - sx) * 0.4, sy + (ry - sy) * 0.4, label, Shape.Anchor.ABOVE,
                        Role.MESSAGE_LABEL));
            }
        }
        for (int e = 0; e < g.eventCount(); e++) {
            double x = layout.eventX(e);
            double y = layout.eventY(e);
            shapes.add(new Shape.Dot(x, y, DOT_RADIUS, Role.EVENT));
            shapes.add(new Shape.Text(x, y, eventLabel(analysis, e, clocks),
                    up ? Shape.Anchor.LEFT : Shape.Anchor.ABOVE, Role.EVENT_LABEL));
        }
        return new Drawing(shapes, layout.bounds());
    }

    /** "p1", "p1  C=1" or "p1  [1,0,0]", followed by the event's own label when it has one. */
    static String eventLabel(Analysis analysis, int e, ClockLabels clocks) {
        EventGraph g = analysis.graph();
        StringBuilder sb = new StringBuilder(g.id(e));
        switch (clocks) {
            case LAMPORT -> sb.append("  C=").append(analysis.lamport(e));
            case VECTOR -> sb.append("  ").append(Arrays.toString(analysis.vector(e)).replace(" ", ""));
            default -> { }
        }
        String label = g.diagram().eventLabel(g.handle(e));
        if (label != null) {
            sb.append("  ").append(label);
        }
        return sb.toString();
    }
}
