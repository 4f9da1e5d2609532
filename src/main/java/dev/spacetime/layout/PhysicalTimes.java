package dev.spacetime.layout;

import dev.spacetime.causality.EventGraph;
import dev.spacetime.model.Diagram;

/**
 * A time for every event, for drawing: its own physical time where it has one; otherwise evenly
 * spaced between its timed neighbours on the process, or one step before the first or after the
 * last. On a process with no times at all, events stand one step apart from step 1.
 */
public final class PhysicalTimes {
    private PhysicalTimes() {
    }

    /** Whether any event has a physical time of its own: without one a diagram reads best in logical time. */
    public static boolean anyGiven(Diagram d) {
        for (int p = 0; p < d.processCount(); p++) {
            for (int i = 0; i < d.eventCount(p); i++) {
                if (d.hasTime(d.eventAt(p, i))) {
                    return true;
                }
            }
        }
        return false;
    }

    public static double[] of(EventGraph g) {
        Diagram d = g.diagram();
        double[] t = new double[g.eventCount()];
        double step = typicalStep(g);
        for (int p = 0; p < g.processCount(); p++) {
            int start = g.start(p);
            int n = g.eventsOn(p);
            int previous = -1; // position of the last timed event seen
            for (int i = 0; i <= n; i++) {
                boolean timed = i < n && d.hasTime(g.handle(start + i));
                if (!timed && i < n) {
                    continue;
                }
                double here = i < n ? d.eventTime(g.handle(start + i)) : Double.NaN;
                for (int k = previous + 1; k < i; k++) {
                    t[start + k] = fill(d, g, start, previous, i, k, here, step);
                }
                if (i < n) {
                    t[start + i] = here;
                }
                previous = i;
            }
        }
        return t;
    }

    private static double fill(Diagram d, EventGraph g, int start, int before, int after, int k, double afterTime,
            double step) {
        double beforeTime = before >= 0 ? d.eventTime(g.handle(start + before)) : Double.NaN;
        if (before >= 0 && !Double.isNaN(afterTime)) {
            return beforeTime + (afterTime - beforeTime) * (k - before) / (after - before);
        }
        if (before >= 0) {
            return beforeTime + step * (k - before);
        }
        if (!Double.isNaN(afterTime)) {
            return afterTime - step * (after - k);
        }
        return step * (k + 1);
    }

    /**
     * The median time per step along a process, measured between timed events (a gap over k
     * positions counts as gap / k), or 1 when no process has two timed events.
     */
    private static double typicalStep(EventGraph g) {
        Diagram d = g.diagram();
        java.util.List<Double> steps = new java.util.ArrayList<>();
        for (int p = 0; p < g.processCount() && steps.size() < 10_000; p++) {
            int previous = -1;
            for (int i = 0; i < g.eventsOn(p); i++) {
                int h = g.handle(g.start(p) + i);
                if (!d.hasTime(h)) {
                    continue;
                }
                if (previous >= 0) {
                    steps.add((d.eventTime(h) - d.eventTime(g.handle(g.start(p) + previous))) / (i - previous));
                }
                previous = i;
            }
        }
        if (steps.isEmpty()) {
            return 1;
        }
        java.util.Collections.sort(steps);
        return steps.get(steps.size() / 2);
    }
}
