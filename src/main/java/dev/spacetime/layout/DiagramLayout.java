package dev.spacetime.layout;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.EventGraph;
import java.util.Set;

/**
 * Where each process line and event goes, in page units: along the time axis an event sits at its
 * time (physical or logical) times the {@link Spacing}'s time scale; across it, the k-th shown process
 * sits at k times its process gap. Without a spacing given, the natural one: {@link #PROCESS_GAP}
 * apart, and a time scale chosen from the diagram. Pure geometry, computed from an analysis; x grows
 * right and y grows down, as on a screen, whatever the orientation.
 */
public final class DiagramLayout {
    /** Distance between neighbouring process lines in the natural spacing. */
    public static final double PROCESS_GAP = 240;
    /** Page units per unit of time (physical) or per clock tick (logical), before fitting. */
    private static final double TIME_UNIT_TARGET = 48;
    /**
     * The time units an empty diagram's lines span: enough that the times clicks give new events read
     * as whole numbers and tenths rather than hundredths.
     */
    static final double EMPTY_SPAN = 10;
    /** How far process lines reach past the first and the last event, in page units. */
    static final double LINE_OVERHANG = TIME_UNIT_TARGET * 0.75;

    private final Analysis analysis;
    private final Orientation orientation;
    private final TimeMode mode;
    private final double[] time;
    private final double minTime;
    private final double maxTime;
    private final double timeScale;
    private final double processGap;
    private final double leastStep;
    private final double passStep;
    private final TimeWarp.Positions warp; // null when time is drawn to scale throughout
    private final double[] along;          // event → page units along from the first time, when warped
    private final int[] column;    // process → its place among the shown lines, or -1 when hidden
    private final int[] runLength; // event → length of the run of local events it starts when collapsed, 1 otherwise; 0 when folded into one
    private final int[] processAt; // place → process
    private final int shown;
    private final int[] shownEvents; // k → the k-th event drawn, in event order; null when every event is drawn

    private DiagramLayout(Analysis analysis, Orientation orientation, TimeMode mode, Set<Integer> hidden,
            boolean collapse, Spacing spacing, TimeSpan reach) {
        this.analysis = analysis;
        this.orientation = orientation;
        this.mode = mode;
        EventGraph g = analysis.graph();
        column = new int[g.processCount()];
        int k = 0;
        for (int p = 0; p < column.length; p++) {
            column[p] = hidden.contains(p) ? -1 : k++;
        }
        shown = k;
        runLength = LocalRuns.lengths(g, collapse);
        shownEvents = shownEvents(g);
        processAt = new int[shown];
        for (int p = 0; p < column.length; p++) {
            if (column[p] >= 0) {
                processAt[column[p]] = p;
            }
        }
        if (mode == TimeMode.LOGICAL) {
            time = new double[g.eventCount()];
            for (int e = 0; e < time.length; e++) {
                time[e] = analysis.lamport(e);
            }
        } else {
            time = PhysicalTimes.of(g);
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double t : time) {
            lo = Math.min(lo, t);
            hi = Math.max(hi, t);
        }
        if (reach != null) {
            lo = Math.min(lo, reach.from());
            hi = Math.max(hi, reach.to());
        }
        boolean empty = lo > hi;
        minTime = empty ? 0 : lo;
        maxTime = empty ? EMPTY_SPAN : Math.max(hi, lo + 1e-9);
        if (spacing != null) {
            processGap = spacing.processGap();
            timeScale = spacing.timeScale();
            leastStep = spacing.leastStep();
            passStep = spacing.passStep();
        } else {
            leastStep = 0;
            passStep = 0;
            // At least 0.6 times as long as the processes are wide, so a long run of many processes is not
            // a thin strip when fitted to a window.
            double wide = 0.6 * Math.max(0, shown - 1) * PROCESS_GAP;
            processGap = PROCESS_GAP;
            timeScale = Math.max(TIME_UNIT_TARGET / smallestGap(g), wide / Math.max(maxTime - minTime, 1e-9));
        }
        java.util.function.IntUnaryOperator lines = passStep > 0 ? this::lineOf : null; // messages counted only when given room
        TimeWarp.Positions positions = (leastStep > 0 || passStep > 0) && time.length > 1
                ? TimeWarp.of(g, time, this::isShown, lines, minTime).at(timeScale, leastStep, passStep) : null;
        warp = positions != null && positions.stretched() ? positions : null;
        if (warp != null) {
            along = new double[time.length];
            for (int e = 0; e < time.length; e++) {
                along[e] = warp.along(time[e]);
            }
        } else {
            along = null;
        }
    }

    public static DiagramLayout of(Analysis analysis, Orientation orientation, TimeMode mode) {
        return new DiagramLayout(analysis, orientation, mode, Set.of(), false, null, null);
    }

    /** A layout with some processes (by index) hidden: the others close up, in their order. */
    public static DiagramLayout of(Analysis analysis, Orientation orientation, TimeMode mode, Set<Integer> hidden) {
        return new DiagramLayout(analysis, orientation, mode, hidden, false, null, null);
    }

    /**
     * As above, and with {@code collapse} each run of {@value LocalRuns#SHORTEST} or more local events
     * in a row on a process drawn as its first event only (see {@link #runLength(int)}).
     */
    public static DiagramLayout of(Analysis analysis, Orientation orientation, TimeMode mode, Set<Integer> hidden,
            boolean collapse) {
        return new DiagramLayout(analysis, orientation, mode, hidden, collapse, null, null);
    }

    /** As above, spaced as given instead of naturally; a null spacing means the natural one. */
    public static DiagramLayout of(Analysis analysis, Orientation orientation, TimeMode mode, Set<Integer> hidden,
            boolean collapse, Spacing spacing) {
        return new DiagramLayout(analysis, orientation, mode, hidden, collapse, spacing, null);
    }

    /**
     * As above, with the lines reaching over at least {@code reach} (null for just the events' times),
     * measured along from its start. The window keeps the reach it had when the diagram was opened or
     * fitted, so that an event added on a line leaves the line, and what is drawn on it, where they were.
     */
    public static DiagramLayout of(Analysis analysis, Orientation orientation, TimeMode mode, Set<Integer> hidden,
            boolean collapse, Spacing spacing, TimeSpan reach) {
        return new DiagramLayout(analysis, orientation, mode, hidden, collapse, spacing, reach);
    }

    /** The times from the first event's to the last's (both 0 to {@value #EMPTY_SPAN} when there are none). */
    public TimeSpan eventSpan() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double t : time) {
            lo = Math.min(lo, t);
            hi = Math.max(hi, t);
        }
        return time.length == 0 ? new TimeSpan(0, EMPTY_SPAN) : new TimeSpan(lo, hi);
    }

    /** The spacing in use: the one given, or the natural one worked out for this diagram. */
    public Spacing spacing() {
        return new Spacing(processGap, timeScale, leastStep, passStep);
    }

    /** Page units between neighbouring shown process lines. */
    public double processGap() {
        return processGap;
    }

    /** The place among the shown lines of event e's line, or -1 when e is not drawn. */
    int lineOf(int e) {
        return isShown(e) ? column[analysis.graph().process(e)] : -1;
    }

    /** How many local events event e stands for: the run's length at its first event, 0 for the others of a collapsed run, else 1. */
    public int runLength(int e) {
        return runLength[e];
    }

    public boolean isHidden(int p) {
        return column[p] < 0;
    }

    /** Whether event e is drawn: its process is not hidden and it is not folded into a collapsed run. */
    public boolean isShown(int e) {
        return column[analysis.graph().process(e)] >= 0 && runLength[e] > 0;
    }

    private int[] shownEvents(EventGraph g) {
        int n = g.eventCount();
        int count = 0;
        for (int e = 0; e < n; e++) {
            if (isShown(e)) {
                count++;
            }
        }
        if (count == n) {
            return null;
        }
        int[] out = new int[count];
        int k = 0;
        for (int e = 0; e < n; e++) {
            if (isShown(e)) {
                out[k++] = e;
            }
        }
        return out;
    }

    /** How many events are drawn (each as one dot, in event order). */
    public int shownEventCount() {
        return shownEvents == null ? analysis.eventCount() : shownEvents.length;
    }

    /** The event drawn as the k-th dot. */
    public int shownEvent(int k) {
        return shownEvents == null ? k : shownEvents[k];
    }

    /** The place of event e among the dots, or -1 when it is not drawn. */
    public int dotOf(int e) {
        if (shownEvents == null) {
            return e;
        }
        int k = java.util.Arrays.binarySearch(shownEvents, e);
        return k >= 0 ? k : -1;
    }

    /** How many process lines are drawn. */
    public int shownProcesses() {
        return shown;
    }

    /** The process drawn at place k among the shown lines (0 is the first). */
    public int processAt(int k) {
        return processAt[k];
    }

    /** The place of process p among the shown lines, or -1 when it is hidden. */
    public int column(int p) {
        return column[p];
    }

    public Analysis analysis() {
        return analysis;
    }

    public Orientation orientation() {
        return orientation;
    }

    public TimeMode timeMode() {
        return mode;
    }

    /** The time an event is drawn at (its physical time, a filled-in one, or its Lamport clock). */
    public double time(int e) {
        return time[e];
    }

    public double eventX(int e) {
        return orientation == Orientation.TIME_UP ? Math.max(0, column[analysis.graph().process(e)]) * processGap
                : eventAlong(e);
    }

    public double eventY(int e) {
        return orientation == Orientation.TIME_UP ? -eventAlong(e)
                : Math.max(0, column[analysis.graph().process(e)]) * processGap;
    }

    private double eventAlong(int e) {
        return along != null ? along[e] : along(time[e]);
    }

    /** The page point of process p at time t. */
    public double x(int p, double t) {
        return orientation == Orientation.TIME_UP ? Math.max(0, column[p]) * processGap : along(t);
    }

    public double y(int p, double t) {
        return orientation == Orientation.TIME_UP ? -along(t) : Math.max(0, column[p]) * processGap;
    }

    /** The earliest and latest times drawn, with half a step of margin, so lines reach past their events. */
    public double startTime() {
        return minTime - TIME_UNIT_TARGET / timeScale * 0.75; // LINE_OVERHANG, in the arithmetic pictures were made with
    }

    public double endTime() {
        return maxTime + TIME_UNIT_TARGET / timeScale * 0.75;
    }

    /** The earliest time an event is drawn at (0 when there are no events). */
    public double firstTime() {
        return minTime;
    }

    /** The latest time an event is drawn at, a hair after {@link #firstTime()} when all are at one time. */
    public double lastTime() {
        return maxTime;
    }

    /** The page rectangle holding every line and event: {minX, minY, maxX, maxY}. */
    public double[] bounds() {
        double across = Math.max(0, shown - 1) * processGap;
        double[] xs = orientation == Orientation.TIME_UP ? new double[] {0, across}
                : new double[] {along(startTime()), along(endTime())};
        double[] ys = orientation == Orientation.TIME_UP ? new double[] {-along(startTime()), -along(endTime())}
                : new double[] {0, across};
        return new double[] {Math.min(xs[0], xs[1]), Math.min(ys[0], ys[1]), Math.max(xs[0], xs[1]),
                Math.max(ys[0], ys[1])};
    }

    /** The time drawn at page point (x, y), read along the time axis. */
    public double timeAt(double x, double y) {
        double along = orientation == Orientation.TIME_UP ? -y : x;
        return warp != null ? warp.timeAt(along) : along / timeScale + minTime;
    }

    /** How far across the shown process lines page point (x, y) lies, in gaps: 1.0 is on the second shown line. */
    public double acrossAt(double x, double y) {
        return (orientation == Orientation.TIME_UP ? x : y) / processGap;
    }

    /** Page units per unit of drawn time. */
    public double timeScale() {
        return timeScale;
    }

    private double along(double t) {
        return warp != null ? warp.along(t) : (t - minTime) * timeScale;
    }

    /**
     * A typical small gap between successive events on a process — the smallest, unless fewer than one
     * gap in five is that small (events a hair apart, as simulations record simultaneous ones) — so that
     * it is still {@link #TIME_UNIT_TARGET} apart; never less than a sixtieth of the whole span, so a few
     * close events do not stretch a long run.
     */
    private double smallestGap(EventGraph g) {
        int n = 0;
        double[] gaps = new double[Math.max(0, g.eventCount() - 1)];
        for (int e = 1; e < g.eventCount(); e++) {
            if (g.position(e) > 0 && time[e] > time[e - 1]) {
                gaps[n++] = time[e] - time[e - 1];
            }
        }
        double span = maxTime - minTime;
        if (n == 0) {
            return Math.max(1, span);
        }
        java.util.Arrays.sort(gaps, 0, n);
        return Math.max(gaps[n / 5], span / 60);
    }
}
