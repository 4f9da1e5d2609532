package dev.spacetime.layout;

import dev.spacetime.causality.EventGraph;
import dev.spacetime.model.Diagram;

/**
 * What lies under a page point: an event, a message, a process line (with the time there), or
 * nothing. Events win over messages and messages over lines, since a dot sits on both. Finding an
 * event is a binary search along the nearest process line, so it stays instant on big diagrams.
 */
public final class HitTest {
    /** What was hit. */
    public enum Kind { NONE, EVENT, MESSAGE, PROCESS, PROCESS_NAME }

    /**
     * @param kind     what was hit
     * @param event    the event (dense index), or for a message its receive event, else -1
     * @param process  the process whose line was hit (or the event's process), else -1
     * @param time     the time on that line at the point
     * @param position where a new event at that time would go on the process
     * @param sender   for a message, its send event (dense index), else -1
     */
    public record Hit(Kind kind, int event, int process, double time, int position, int sender) {
        static final Hit NONE = new Hit(Kind.NONE, -1, -1, Double.NaN, -1, -1);

        public Hit(Kind kind, int event, int process, double time, int position) {
            this(kind, event, process, time, position, -1);
        }
    }

    private HitTest() {
    }

    /** The hit at (x, y), within {@code tolerance} page units. */
    public static Hit at(DiagramLayout layout, double x, double y, double tolerance) {
        EventGraph g = layout.analysis().graph();
        int processes = layout.shownProcesses();
        if (processes == 0) {
            return Hit.NONE;
        }
        double across = layout.acrossAt(x, y);
        int place = (int) Math.round(across);
        int p = place >= 0 && place < processes ? layout.processAt(place) : -1;
        double t = layout.timeAt(x, y);
        if (p >= 0) {
            int e = nearestEvent(layout, p, t);
            while (e > g.start(p) && !layout.isShown(e)) {
                e--; // folded into a collapsed run: the run's first event stands for it
            }
            if (e >= 0 && Math.hypot(layout.eventX(e) - x, layout.eventY(e) - y) <= tolerance) {
                return new Hit(Kind.EVENT, e, p, layout.time(e), g.position(e));
            }
        }
        int m = nearestMessage(layout, x, y, tolerance);
        if (m >= 0) {
            Diagram d = g.diagram();
            int r = g.indexOfHandle(d.messageTo(m));
            return new Hit(Kind.MESSAGE, r, g.process(r), layout.time(r), g.position(r),
                    g.indexOfHandle(d.messageFrom(m)));
        }
        boolean onLine = p >= 0 && Math.abs(across - place) * layout.processGap() <= tolerance
                && t >= layout.startTime() && t <= layout.endTime();
        if (onLine) {
            return new Hit(Kind.PROCESS, -1, p, t, insertionPosition(layout, p, t));
        }
        // The name is drawn just before the line starts (below it when time goes up, left of it otherwise).
        double before = (layout.startTime() - t) * layout.timeScale();
        boolean onName = p >= 0 && Math.abs(across - place) * layout.processGap() <= 4 * tolerance
                && before > 0 && before <= 5 * tolerance;
        return onName ? new Hit(Kind.PROCESS_NAME, -1, p, t, 0) : Hit.NONE;
    }

    /** The number of events on process p drawn before time t: where an event at t goes. */
    public static int insertionPosition(DiagramLayout layout, int p, double t) {
        EventGraph g = layout.analysis().graph();
        int lo = 0;
        int hi = g.eventsOn(p);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (layout.time(g.start(p) + mid) < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int nearestEvent(DiagramLayout layout, int p, double t) {
        EventGraph g = layout.analysis().graph();
        int n = g.eventsOn(p);
        if (n == 0) {
            return -1;
        }
        int i = insertionPosition(layout, p, t);
        int best = -1;
        double bestGap = Double.POSITIVE_INFINITY;
        for (int k = Math.max(0, i - 1); k <= Math.min(n - 1, i); k++) {
            double gap = Math.abs(layout.time(g.start(p) + k) - t);
            if (gap < bestGap) {
                bestGap = gap;
                best = g.start(p) + k;
            }
        }
        return best;
    }

    /** The message (model handle) passing nearest (x, y), within tolerance, or -1. */
    private static int nearestMessage(DiagramLayout layout, double x, double y, double tolerance) {
        EventGraph g = layout.analysis().graph();
        Diagram d = g.diagram();
        int best = -1;
        double bestDistance = tolerance;
        for (int k = 0; k < d.messageCount(); k++) {
            int m = d.message(k);
            int r = g.indexOfHandle(d.messageTo(m));
            int s = g.indexOfHandle(d.messageFrom(m));
            if (!layout.isShown(r) || !layout.isShown(s)) {
                continue;
            }
            double dist = distanceToSegment(x, y, layout.eventX(s), layout.eventY(s), layout.eventX(r),
                    layout.eventY(r));
            if (dist <= bestDistance) {
                bestDistance = dist;
                best = m;
            }
        }
        return best;
    }

    static double distanceToSegment(double px, double py, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double len2 = dx * dx + dy * dy;
        double f = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / len2));
        return Math.hypot(px - (x1 + f * dx), py - (y1 + f * dy));
    }
}
