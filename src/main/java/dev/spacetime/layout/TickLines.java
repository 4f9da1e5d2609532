package dev.spacetime.layout;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.EventGraph;

/**
 * Where each process's Lamport clock ticks, for Figure 2's tick lines: the dashed line k joins the
 * points where each process's clock becomes k. A clock becomes k after the last event with a smaller
 * clock and by the first event whose clock is at least k, so tick k is drawn inside that gap, ticks
 * sharing a gap spread evenly across it. In logical time every event sits at its clock value, so tick
 * k is at k − ½ on every process and the tick lines come out straight, as in Figure 3.
 */
public final class TickLines {
    private final double[][] times; // [k − 1][p]

    private TickLines(double[][] times) {
        this.times = times;
    }

    /** The highest tick drawn: the largest Lamport clock in the diagram. */
    public int count() {
        return times.length;
    }

    /** The time at which process p's clock becomes k (1 ≤ k ≤ count()). */
    public double time(int k, int p) {
        return times[k - 1][p];
    }

    public static TickLines of(DiagramLayout layout) {
        Analysis a = layout.analysis();
        EventGraph g = a.graph();
        int max = 0;
        for (int e = 0; e < g.eventCount(); e++) {
            max = Math.max(max, a.lamport(e));
        }
        double[][] times = new double[max][g.processCount()];
        boolean logical = layout.timeMode() == TimeMode.LOGICAL;
        for (int p = 0; p < g.processCount(); p++) {
            if (logical) {
                for (int k = 1; k <= max; k++) {
                    times[k - 1][p] = k - 0.5;
                }
                continue;
            }
            int prevClock = 0;
            double prevTime = layout.startTime();
            int start = g.start(p);
            for (int i = 0; i < g.eventsOn(p); i++) {
                int c = a.lamport(start + i);
                double t = layout.time(start + i);
                for (int k = prevClock + 1; k <= c; k++) {
                    times[k - 1][p] = prevTime + (t - prevTime) * (k - prevClock - 0.5) / (c - prevClock);
                }
                prevClock = c;
                prevTime = t;
            }
            // After the last event the clock is still free to tick; spread the remaining ticks to the line's end.
            double end = layout.endTime();
            for (int k = prevClock + 1; k <= max; k++) {
                times[k - 1][p] = prevTime + (end - prevTime) * (k - prevClock) / (max - prevClock + 1.0);
            }
        }
        return new TickLines(times);
    }
}
