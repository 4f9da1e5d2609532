package dev.spacetime.layout;

import dev.spacetime.causality.EventGraph;
import java.util.Arrays;

/**
 * The time axis stretched where events crowd: drawn time runs at the layout's scale, except that two
 * successive events on one process are always at least a least step apart, so each has room for its
 * label. Simulations record simultaneous events a hair apart, and logical time puts a busy process's
 * events one tick apart; without this, their dots and labels would pile up at any zoom that shows the
 * whole run. Where many messages pass between two lines in one stretch, that stretch is drawn taller
 * too, a given room for each ({@link MessageCrowd}), so that a label finds a place between the waves.
 * The map from time to page is monotone and piecewise linear with a knot at each time an event is
 * drawn at: events at one time stay level, and the order of everything drawn is kept.
 */
final class TimeWarp {
    private final double[] knotTime; // the distinct times events are drawn at, ascending
    private final int[] before;      // per knot, the latest knot a least step before it, or -1
    private final double[] crowd;    // per knot, the messages passing a gap between lines since the knot before

    private TimeWarp(double[] knotTime, int[] before, double[] crowd) {
        this.knotTime = knotTime;
        this.before = before;
        this.crowd = crowd;
    }

    /**
     * The knots for events at {@code time}, and the room between successive events the layout shows;
     * {@code more} are knots at other times (where the layout's lines start, when that is before the
     * first event), which hold no event. {@code column} gives each event's place among the drawn lines
     * (-1 when it is not drawn), for counting the messages that pass between them; null when no room is
     * kept for them (counting costs time on a big run).
     */
    static TimeWarp of(EventGraph g, double[] time, java.util.function.IntPredicate shown,
            java.util.function.IntUnaryOperator column, double... more) {
        int n = time.length;
        double[] sorted = new double[n + more.length];
        int m = 0;
        for (int e = 0; e < n; e++) {
            sorted[m++] = time[e]; // every event's time a knot, so the first is the layout's first time
        }
        for (double t : more) {
            sorted[m++] = t;
        }
        Arrays.sort(sorted, 0, m);
        int distinct = 0;
        for (int i = 0; i < m; i++) {
            if (distinct == 0 || sorted[i] != sorted[distinct - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        double[] knots = Arrays.copyOf(sorted, distinct);
        int[] before = new int[distinct];
        Arrays.fill(before, -1);
        for (int p = 0; p < g.processCount(); p++) {
            int previous = -1;
            for (int e = g.start(p); e < g.start(p) + g.eventsOn(p); e++) {
                if (!shown.test(e)) {
                    continue;
                }
                if (previous >= 0 && time[e] > time[previous]) {
                    int i = Arrays.binarySearch(knots, time[e]);
                    before[i] = Math.max(before[i], Arrays.binarySearch(knots, time[previous]));
                }
                previous = e;
            }
        }
        return new TimeWarp(knots, before, column == null ? new double[distinct] : MessageCrowd.of(g, knots, time, column));
    }

    /**
     * The page positions of the knots at {@code scale} page units per time unit, successive events at
     * least {@code least} apart, and each stretch at least {@code pass} for every message passing a gap
     * between lines there.
     */
    Positions at(double scale, double least, double pass) {
        int m = knotTime.length;
        double[] pos = new double[m];
        boolean stretched = false;
        for (int i = 1; i < m; i++) {
            pos[i] = pos[i - 1] + (knotTime[i] - knotTime[i - 1]) * scale;
            if (before[i] >= 0 && pos[before[i]] + least > pos[i]) {
                pos[i] = pos[before[i]] + least;
                stretched = true;
            }
            if (pos[i - 1] + crowd[i] * pass > pos[i]) {
                pos[i] = pos[i - 1] + crowd[i] * pass;
                stretched = true;
            }
        }
        return new Positions(pos, scale, stretched);
    }

    /** How many distinct times events are drawn at. */
    int knots() {
        return knotTime.length;
    }

    /** The length from the first knot to the last at this scale, least step and room for each passing message. */
    double length(double scale, double least, double pass) {
        int m = knotTime.length;
        return m == 0 ? 0 : at(scale, least, pass).pos[m - 1];
    }

    /** The smallest scale at least {@code lowest} whose length reaches {@code length}, found by halving. */
    double scaleFor(double length, double least, double pass, double lowest) {
        double lo = lowest;
        if (length(lo, least, pass) >= length) {
            return lo;
        }
        double hi = lo * 2;
        while (length(hi, least, pass) < length && hi < lo * 1e12) {
            hi *= 2;
        }
        for (int i = 0; i < 60 && hi - lo > lo * 1e-9; i++) {
            double mid = (lo + hi) / 2;
            if (length(mid, least, pass) < length) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    /** The knots placed at one scale: the map from time to page and back. */
    final class Positions {
        private final double[] pos;
        private final double scale;
        private final boolean stretched;

        private Positions(double[] pos, double scale, boolean stretched) {
            this.pos = pos;
            this.scale = scale;
            this.stretched = stretched;
        }

        /** Whether any gap was stretched: if not, the map is plain scaling and need not be kept. */
        boolean stretched() {
            return stretched;
        }

        /** Page units along from the first knot to time t; straight at the scale beyond the ends. */
        double along(double t) {
            int m = knotTime.length;
            if (t <= knotTime[0]) {
                return (t - knotTime[0]) * scale;
            }
            if (t >= knotTime[m - 1]) {
                return pos[m - 1] + (t - knotTime[m - 1]) * scale;
            }
            int k = Arrays.binarySearch(knotTime, t);
            if (k >= 0) {
                return pos[k];
            }
            int i = -k - 2; // knotTime[i] < t < knotTime[i + 1]
            return pos[i] + (pos[i + 1] - pos[i]) * (t - knotTime[i]) / (knotTime[i + 1] - knotTime[i]);
        }

        /** The time drawn at {@code along} page units from the first knot. */
        double timeAt(double along) {
            int m = knotTime.length;
            if (along <= 0) {
                return knotTime[0] + along / scale;
            }
            if (along >= pos[m - 1]) {
                return knotTime[m - 1] + (along - pos[m - 1]) / scale;
            }
            int k = Arrays.binarySearch(pos, along);
            if (k >= 0) {
                return knotTime[k];
            }
            int i = -k - 2;
            return knotTime[i] + (knotTime[i + 1] - knotTime[i]) * (along - pos[i]) / (pos[i + 1] - pos[i]);
        }
    }
}
