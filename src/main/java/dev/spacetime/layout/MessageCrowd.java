package dev.spacetime.layout;

import dev.spacetime.causality.EventGraph;
import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * How many messages pass between two neighbouring process lines in each stretch between successive
 * drawn times, in the gap between lines they pass most. Where a run is dense (every process
 * messaging every other within a clock tick or two) the waves lie close and nearly level, and a
 * label beside a dot finds no place between them unless that stretch is drawn taller: this is the
 * measure of how much taller ({@link TimeWarp}).
 *
 * <p>A message's way across the gaps between its sender's line and its receiver's is taken as
 * straight in time: the part of it in one gap is shared among the stretches it passes there, in
 * proportion to the time it spends in each, so a wave lying level in one stretch counts whole there
 * and a steep one is spread over the stretches it climbs through.
 */
final class MessageCrowd {
    private MessageCrowd() {
    }

    /**
     * Per knot i (from 1), the messages passing between knot i − 1 and knot i in the busiest gap
     * between lines; entry 0 is 0.
     *
     * @param knots  the distinct drawn times, ascending
     * @param time   each event's drawn time
     * @param column each event's place among the shown lines, or -1 when it is not drawn
     */
    static double[] of(EventGraph g, double[] knots, double[] time, IntUnaryOperator column) {
        int m = knots.length;
        double[] most = new double[m];
        // The messages between drawn lines, once: when each starts and ends, at which knots, on which lines.
        int count = 0;
        int n = g.eventCount();
        for (int r = 0; r < n; r++) {
            count += g.senderCount(r);
        }
        double[] from = new double[count];
        double[] to = new double[count];
        int[] earliest = new int[count]; // the knots of the message's ends, the earlier first: its passes lie between
        int[] latest = new int[count];
        int[] fromLine = new int[count];
        int[] toLine = new int[count];
        int k = 0;
        int gaps = 0;
        for (int r = 0; r < n; r++) {
            int cr = column.applyAsInt(r);
            for (int i = 0; i < g.senderCount(r) && cr >= 0; i++) {
                int s = g.sender(r, i);
                int cs = column.applyAsInt(s);
                if (cs >= 0 && cs != cr) {
                    from[k] = time[s];
                    to[k] = time[r];
                    int a = Arrays.binarySearch(knots, time[s]);
                    int b = Arrays.binarySearch(knots, time[r]);
                    earliest[k] = Math.min(a, b);
                    latest[k] = Math.max(a, b);
                    fromLine[k] = cs;
                    toLine[k] = cr;
                    gaps = Math.max(gaps, Math.max(cs, cr));
                    k++;
                }
            }
        }
        if (m < 2 || k == 0) {
            return most;
        }
        // One gap between lines at a time, so the counts need one array the length of the knots whatever the
        // number of processes.
        double[] here = new double[m];
        double[] density = new double[m + 1]; // a long pass's share per unit of time, as differences
        for (int gap = 0; gap < gaps; gap++) {
            Arrays.fill(here, 0);
            Arrays.fill(density, 0);
            for (int j = 0; j < k; j++) {
                int cs = fromLine[j];
                int cr = toLine[j];
                if (gap < Math.min(cs, cr) || gap >= Math.max(cs, cr)) {
                    continue;
                }
                // Where the wave enters and leaves this gap, as shares of its way from sender to receiver.
                double across = Math.abs(cr - cs);
                double enter = (cr > cs ? gap - cs : cs - gap - 1) / across;
                double leave = enter + 1 / across;
                share(here, density, knots, earliest[j], latest[j], from[j] + (to[j] - from[j]) * enter,
                        from[j] + (to[j] - from[j]) * leave);
            }
            double running = 0;
            for (int i = 1; i < m; i++) {
                running += density[i];
                most[i] = Math.max(most[i], here[i] + running * (knots[i] - knots[i - 1]));
            }
        }
        return most;
    }

    /**
     * Adds one message's pass between times a and b to the stretches it spans (stretch i ends at knot
     * i): the two at its ends directly, the whole ones between as a density over time, so that a long
     * message costs no more than a short one. The pass lies between knots {@code from} and {@code to}
     * (the message's ends), and is looked for only there: a big run's knots are many.
     */
    private static void share(double[] stretch, double[] density, double[] knots, int from, int to, double a,
            double b) {
        // Within the message's own ends, whatever the rounding of the shares.
        double lo = Math.max(knots[from], Math.min(a, b));
        double hi = Math.min(knots[to], Math.max(a, b));
        int i = Arrays.binarySearch(knots, from, to + 1, lo);
        if (hi - lo <= 1e-9 * Math.max(1, Math.abs(lo))) {
            // Level: in the stretch it lies in, or shared by the two it lies between.
            if (i >= 0) {
                add(stretch, i, 0.5);
                add(stretch, i + 1, 0.5);
            } else {
                add(stretch, -i - 1, 1);
            }
            return;
        }
        int j = Arrays.binarySearch(knots, from, to + 1, hi);
        int first = i >= 0 ? i + 1 : -i - 1; // the stretch holding the pass's start
        int last = j >= 0 ? j : -j - 1;      // and its end
        if (first == last) {
            stretch[first] += 1;
            return;
        }
        double perTime = 1 / (hi - lo);
        stretch[first] += (knots[first] - lo) * perTime;
        stretch[last] += (hi - knots[last - 1]) * perTime;
        density[first + 1] += perTime;
        density[last] -= perTime;
    }

    private static void add(double[] stretch, int i, double amount) {
        if (i >= 1 && i < stretch.length) {
            stretch[i] += amount;
        }
    }
}
