package dev.spacetime.layout;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.EventGraph;
import java.util.Arrays;
import java.util.Set;

/**
 * A spacing that makes a diagram fill a window at view scale 1 (a page unit a pixel), chosen across
 * and along time separately: the time span takes the room along, and the process lines share the room
 * across. Each has a floor that leaves labels room at scale 1 — between successive events on a line,
 * between successive times for each message passing between two lines there (so that where waves
 * are dense a label fits between them), and beside the dots between lines. When a floor makes the
 * drawing larger than the window one way, it stays larger, the view's uniform fit shrinks it, and the
 * other way is stretched by as much, so that after the shrink the drawing still fills the window both
 * ways. The gap between lines as seen
 * has a ceiling, so that two processes do not stand a whole window apart.
 */
public final class SpacingFit {
    /**
     * The view scale below which a fitted drawing is no longer shown whole: texts stop shrinking with
     * the zoom there, so a smaller drawing would crowd its labels.
     */
    public static final double LEGIBLE_SCALE = 0.85;
    /** Process lines are never further apart on screen than this, in pixels at normal text size. */
    static final double MAX_PROCESS_GAP = 450;
    /** Room beside a label when time goes up: the dot, the gap to its label, and the gap to the next line's dot. */
    static final double DOT_ROOM = 24;
    /** Label heights between process lines when time goes right (a label above a dot, one below the next). */
    static final double LABEL_HEIGHTS_ACROSS = 3;
    /** Label heights between successive events on a line when time goes up. */
    static final double LABEL_HEIGHTS_ALONG = 2.5;
    /**
     * Label heights drawn between two successive times for each message passing between two lines
     * there, when time goes up: a stretch where the waves lie closer leaves no label a place between them.
     */
    static final double PASS_HEIGHTS_UP = 1;
    /**
     * Typical label widths drawn between two successive times for each message passing between two
     * lines there, when time goes right: labels sit over their dots, so the waves must leave room across.
     */
    static final double PASS_WIDTHS_RIGHT = 0.5;
    /**
     * Shown events above which no room is kept for passing messages: counting them costs about a tenth
     * of a second at 100,000 events and seconds at a million, paid at every layout.
     */
    static final int MOST_EVENTS_FOR_PASSES = 20_000;
    /** Room after a label before the next one on the line when time goes right, in pixels. */
    static final double LABEL_PAD_ALONG = 12;
    /** How much shorter than the typical step's scale a warped time axis may be drawn, to show more of a run. */
    private static final double PACKING = 4;
    /** Labels measured at most, spread evenly over the events: percentiles need no more. */
    private static final int SAMPLE = 4096;

    /** How big event labels are, in pixels at normal text size: supplied by whoever writes them. */
    public interface LabelSizes {
        /** The width of event e's label. */
        double width(int e);

        /** The height of a label. */
        double height();
    }

    /**
     * The window a diagram is fitted into.
     *
     * @param width      in pixels
     * @param height     in pixels
     * @param margins    kept clear around the drawing, {top, right, bottom, left} in pixels
     * @param textFactor how much larger than normal texts are drawn (1 is normal)
     */
    public record Window(double width, double height, double[] margins, double textFactor) {
        public Window {
            margins = margins.clone();
        }

        double roomX() {
            return Math.max(1, width - margins[1] - margins[3]);
        }

        double roomY() {
            return Math.max(1, height - margins[0] - margins[2]);
        }
    }

    private SpacingFit() {
    }

    /** The spacing filling the window for this diagram, orientation, time mode, hidden processes and collapsing. */
    public static Spacing of(Analysis analysis, Orientation orientation, TimeMode mode, Set<Integer> hidden,
            boolean collapse, Window window, LabelSizes labels) {
        return of(DiagramLayout.of(analysis, orientation, mode, hidden, collapse), window, labels);
    }

    /** The spacing filling the window for what the layout shows (its own spacing does not matter). */
    public static Spacing of(DiagramLayout layout, Window window, LabelSizes labels) {
        return of(layout, window, labels, false);
    }

    /**
     * As {@link #of(DiagramLayout, Window, LabelSizes)}, but a run too long to read whole is still
     * spaced to be shown whole: an overview, where the labels give way.
     */
    public static Spacing overview(DiagramLayout layout, Window window, LabelSizes labels) {
        return of(layout, window, labels, true);
    }

    private static Spacing of(DiagramLayout layout, Window window, LabelSizes labels, boolean whole) {
        boolean up = layout.orientation() == Orientation.TIME_UP;
        double f = window.textFactor() > 0 ? window.textFactor() : 1;
        double across = up ? window.roomX() : window.roomY();
        double along = up ? window.roomY() : window.roomX();
        double[] widths = labelWidths(layout, labels);
        double h = labels.height();
        double span = span(layout);
        double overhang = 2 * DiagramLayout.LINE_OVERHANG;
        double least = leastStep(layout, widths, h, f);
        double pass = passStep(layout, widths, h, f);
        double leastScale = least / typicalGap(layout, span);
        double leastGap = leastGap(layout, widths, h, f);
        TimeWarp warp = warp(layout, pass > 0);
        double mostGap = Math.max(leastGap, MAX_PROCESS_GAP * f);
        int shown = layout.shownProcesses();
        // The scale the view's fit will show the drawing at: 1, unless the labels' floors make it larger
        // than the window one way; then both ways are stretched to fill the window at that scale.
        double alongFit = along / (length(warp, span, leastScale, least, pass) + overhang);
        double acrossFit = shown > 1 ? across / ((shown - 1) * leastGap) : 1;
        double fit = Math.min(1, Math.min(alongFit, acrossFit));
        double timeScale;
        double packed = packedScale(warp, along, overhang, Math.min(1, acrossFit), least, pass, leastScale);
        if (!whole && fit < LEGIBLE_SCALE && alongFit < acrossFit && packed > 0) {
            // Long quiet stretches drawn shorter than the typical step, the crowded ones still stretched for
            // their labels: the run fits whole after all.
            fit = Math.min(1, acrossFit);
            timeScale = packed;
        } else if (!whole && fit < LEGIBLE_SCALE && alongFit < acrossFit) {
            // Too long a run to read whole in the window: the lines fill it across, time gets the room its
            // labels need, and the view shows the start of the run (see Frame.fitLegibly). Where the warp keeps
            // successive events a label step apart, the quiet stretches are drawn as short as packing allows, so
            // the start shown holds as many events as it can.
            fit = Math.min(1, acrossFit);
            timeScale = warp == null ? leastScale : leastScale / PACKING;
        } else {
            double target = Math.max(1, along / fit - overhang);
            timeScale = warp == null ? target / span : Math.max(leastScale, warp.scaleFor(target, least, pass, leastScale));
        }
        double gap = shown > 1 ? Math.min(across / (shown - 1), mostGap) / fit
                : Math.max(leastGap, Math.min(mostGap, DiagramLayout.PROCESS_GAP)); // one line: nothing lies across it
        return new Spacing(gap, timeScale, least, warp == null ? 0 : pass);
    }

    /**
     * A time scale below the typical step's that shows the run whole at the fit {@code fit}, or 0 when
     * there is none. The warp still keeps successive events on a line a least step apart, so lowering
     * the scale only shortens the quiet stretches; it is lowered at most to a quarter, so that times
     * still read as proportions, and only where the fit stays legible.
     */
    private static double packedScale(TimeWarp warp, double along, double overhang, double fit, double least,
            double pass, double leastScale) {
        if (warp == null || fit < LEGIBLE_SCALE) {
            return 0;
        }
        double room = along / fit - overhang;
        double lowest = leastScale / PACKING;
        if (warp.length(lowest, least, pass) > room) {
            return 0;
        }
        double scale = warp.scaleFor(room, least, pass, lowest);
        return scale < leastScale ? scale : 0;
    }

    /**
     * The natural spacing (a picture at its natural size) with room for the labels: process lines at
     * least as far apart as labels beside their dots need, and successive events on a line at least a
     * label's step apart, the time axis stretched where they are closer.
     */
    public static Spacing natural(DiagramLayout layout, LabelSizes labels, double textFactor) {
        double f = textFactor > 0 ? textFactor : 1;
        double[] widths = labelWidths(layout, labels);
        Spacing plain = layout.spacing();
        return new Spacing(Math.max(plain.processGap(), leastGap(layout, widths, labels.height(), f)),
                plain.timeScale(), leastStep(layout, widths, labels.height(), f),
                passStep(layout, widths, labels.height(), f));
    }

    /** Room between successive events on a line: a label's height and a third when time goes up, a label's width when it goes right. */
    private static double leastStep(DiagramLayout layout, double[] widths, double h, double f) {
        return (layout.orientation() == Orientation.TIME_UP ? LABEL_HEIGHTS_ALONG * h
                : percentile(widths, 0.5) + LABEL_PAD_ALONG) * f;
    }

    /** Room between successive drawn times for each message passing between two lines there. */
    private static double passStep(DiagramLayout layout, double[] widths, double h, double f) {
        if (layout.shownEventCount() > MOST_EVENTS_FOR_PASSES) {
            return 0;
        }
        return layout.orientation() == Orientation.TIME_UP ? PASS_HEIGHTS_UP * h * f
                : PASS_WIDTHS_RIGHT * percentile(widths, 0.5) * f;
    }

    /** Room between process lines: a label beside a dot when time goes up, labels above and below when it goes right. */
    private static double leastGap(DiagramLayout layout, double[] widths, double h, double f) {
        return (layout.orientation() == Orientation.TIME_UP ? percentile(widths, 0.9) + DOT_ROOM
                : LABEL_HEIGHTS_ACROSS * h) * f;
    }

    /** The knots of the layout's time axis, or null when there are too few events to crowd; messages counted if {@code passes}. */
    private static TimeWarp warp(DiagramLayout layout, boolean passes) {
        int n = layout.analysis().eventCount();
        if (n < 2) {
            return null;
        }
        double[] times = new double[n];
        for (int e = 0; e < n; e++) {
            times[e] = layout.time(e);
        }
        TimeWarp warp = TimeWarp.of(layout.analysis().graph(), times, layout::isShown, passes ? layout::lineOf : null);
        return warp.knots() < 2 ? null : warp; // all at one time: nothing to stretch
    }

    /** How long the time axis is at this scale, stretched for the least step and the passing messages. */
    private static double length(TimeWarp warp, double span, double scale, double least, double pass) {
        return warp == null ? span * scale : Math.max(span * scale, warp.length(scale, least, pass));
    }

    /** The time the events span, or 1 when all are at one time (one unit then fills the window); an empty diagram's span when there are none. */
    private static double span(DiagramLayout layout) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int n = layout.analysis().eventCount();
        for (int e = 0; e < n; e++) {
            lo = Math.min(lo, layout.time(e));
            hi = Math.max(hi, layout.time(e));
        }
        if (n == 0) {
            return layout.lastTime() - layout.firstTime(); // an empty diagram's lines, for the first clicks
        }
        return hi > lo ? hi - lo : 1;
    }

    /**
     * The smallest typical time between successive drawn events on a line, as the natural layout takes
     * it: a fifth of the way up the sorted gaps (so events a hair apart, as simulations record
     * simultaneous ones, do not set it), never below a sixtieth of the span. In logical time one tick,
     * the step between Lamport levels, again never below a sixtieth of the span.
     */
    static double typicalGap(DiagramLayout layout, double span) {
        if (layout.timeMode() == TimeMode.LOGICAL) {
            return Math.max(1, span / 60);
        }
        EventGraph g = layout.analysis().graph();
        double[] gaps = new double[Math.max(0, g.eventCount())];
        int count = 0;
        for (int p = 0; p < g.processCount(); p++) {
            if (layout.isHidden(p)) {
                continue;
            }
            int previous = -1;
            for (int e = g.start(p); e < g.start(p) + g.eventsOn(p); e++) {
                if (!layout.isShown(e)) {
                    continue; // folded into a collapsed run
                }
                if (previous >= 0 && layout.time(e) > layout.time(previous)) {
                    gaps[count++] = layout.time(e) - layout.time(previous);
                }
                previous = e;
            }
        }
        if (count == 0) {
            return span;
        }
        Arrays.sort(gaps, 0, count);
        return Math.max(gaps[count / 5], span / 60);
    }

    /** The widths of the drawn events' labels (of a sample of them on a big diagram), sorted. */
    private static double[] labelWidths(DiagramLayout layout, LabelSizes labels) {
        int n = layout.shownEventCount();
        int step = Math.max(1, n / SAMPLE);
        double[] widths = new double[(n + step - 1) / step];
        for (int k = 0; k < widths.length; k++) {
            widths[k] = labels.width(layout.shownEvent(k * step));
        }
        Arrays.sort(widths);
        return widths;
    }

    private static double percentile(double[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (q * sorted.length))];
    }
}
