package dev.spacetime.export;

import dev.spacetime.causality.Analysis;
import dev.spacetime.drawing.BrokenLayer;
import dev.spacetime.drawing.ClockLabels;
import dev.spacetime.drawing.SelectionLayer;
import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.DrawingBuilder;
import dev.spacetime.drawing.DrawingOptions;
import dev.spacetime.drawing.Frame;
import dev.spacetime.drawing.StepLayer;
import dev.spacetime.drawing.LabelSizes;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.Spacing;
import dev.spacetime.layout.SpacingFit;
import dev.spacetime.layout.TimeMode;
import dev.spacetime.step.Linearization;
import dev.spacetime.step.Replay;
import java.util.List;
import java.util.Set;

/**
 * Everything that decides what an exported picture shows — the same choices as the screen: time up
 * or right, physical or logical time, tick lines, which clock the labels show, the selection, and a
 * step of the step-through (or none).
 *
 * @param step  how many events have happened, or -1 for the whole diagram with nothing faded
 * @param order the order stepped along, when {@code step} is not -1
 * @param hideFutureClocks whether, at a step, the events still to come are labelled without their clocks
 * @param brokenBy the events (ids) that break a condition a simulation's run was checked against, ringed
 * @param pairs    the lines between pairs of events drawn, and whether a selection's cone follows ➝
 */
public record PictureSettings(Orientation orientation, TimeMode timeMode, boolean tickLines, ClockLabels clocks,
        List<String> selected, int step, Linearization.Kind order, boolean hideFutureClocks, List<String> brokenBy,
        PairLines pairs) {
    public PictureSettings {
        selected = List.copyOf(selected);
        brokenBy = List.copyOf(brokenBy);
    }

    /** Settings with no pair lines. */
    public PictureSettings(Orientation orientation, TimeMode timeMode, boolean tickLines, ClockLabels clocks,
            List<String> selected, int step, Linearization.Kind order, boolean hideFutureClocks, List<String> brokenBy) {
        this(orientation, timeMode, tickLines, clocks, selected, step, order, hideFutureClocks, brokenBy, PairLines.NONE);
    }

    /** The same settings drawing these pair lines. */
    public PictureSettings withPairLines(PairLines lines) {
        return new PictureSettings(orientation, timeMode, tickLines, clocks, selected, step, order, hideFutureClocks,
                brokenBy, lines);
    }

    /** Settings with no event ringed as breaking a condition. */
    public PictureSettings(Orientation orientation, TimeMode timeMode, boolean tickLines, ClockLabels clocks,
            List<String> selected, int step, Linearization.Kind order, boolean hideFutureClocks) {
        this(orientation, timeMode, tickLines, clocks, selected, step, order, hideFutureClocks, List.of());
    }

    /** The same settings with these events ringed as breaking a condition, as the window rings them. */
    public PictureSettings withBroken(List<String> ids) {
        return new PictureSettings(orientation, timeMode, tickLines, clocks, selected, step, order, hideFutureClocks, ids,
                pairs);
    }

    /** Settings that show every clock there is. */
    public PictureSettings(Orientation orientation, TimeMode timeMode, boolean tickLines, ClockLabels clocks,
            List<String> selected, int step, Linearization.Kind order) {
        this(orientation, timeMode, tickLines, clocks, selected, step, order, false);
    }

    /** The same settings, the clocks of events still to come at a step hidden or not. */
    public PictureSettings withFutureClocksHidden(boolean hide) {
        return new PictureSettings(orientation, timeMode, tickLines, clocks, selected, step, order, hide, brokenBy, pairs);
    }

    public static PictureSettings defaults() {
        return new PictureSettings(Orientation.TIME_UP, TimeMode.PHYSICAL, false, ClockLabels.LAMPORT, List.of(), -1,
                Linearization.Kind.TOTAL_ORDER);
    }

    public PictureSettings withSelected(List<String> ids) {
        return new PictureSettings(orientation, timeMode, tickLines, clocks, ids, step, order, hideFutureClocks,
                brokenBy, pairs);
    }

    public PictureSettings atStep(int k) {
        return new PictureSettings(orientation, timeMode, tickLines, clocks, selected, k, order, hideFutureClocks,
                brokenBy, pairs);
    }

    /** The step's explanation in the paper's terms ("Step 3 of 9: q2 receives …"), or null when not at a step. */
    public String explanation(Analysis analysis) {
        if (step < 0) {
            return null;
        }
        return new Replay(analysis, steps(analysis), step).explanation(clocks == ClockLabels.VECTOR);
    }

    private int[] steps(Analysis analysis) {
        int[] steps = Linearization.of(order, analysis);
        return steps != null ? steps : Linearization.totalOrder(analysis); // by hand has no order to export: ⇒ stands in
    }

    /** The drawing these settings give for an analysed diagram, at its natural size. */
    public Drawing drawing(Analysis analysis) {
        return drawing(analysis, 1);
    }

    /** The drawing at its natural size with room for labels {@code textFactor} times the normal size. */
    public Drawing drawing(Analysis analysis, double textFactor) {
        return drawing(naturalLayout(analysis, textFactor));
    }

    /** The layout at its natural size, with room for labels {@code textFactor} times the normal size. */
    public DiagramLayout naturalLayout(Analysis analysis, double textFactor) {
        DiagramLayout plain = DiagramLayout.of(analysis, orientation, timeMode);
        return DiagramLayout.of(analysis, orientation, timeMode, Set.of(), false,
                SpacingFit.natural(plain, new LabelSizes(analysis, clocks), textFactor));
    }

    /**
     * The drawing spaced to fill a w × h window as the app's Fit spaces it (the window's margins kept
     * clear, texts {@code textFactor} times the normal size).
     */
    public Drawing drawingToFill(Analysis analysis, double w, double h, double textFactor) {
        DiagramLayout plain = DiagramLayout.of(analysis, orientation, timeMode);
        Spacing spacing = SpacingFit.of(plain, new SpacingFit.Window(w, h, Frame.MARGINS, textFactor),
                new LabelSizes(analysis, clocks));
        return drawing(DiagramLayout.of(analysis, orientation, timeMode, Set.of(), false, spacing));
    }

    /** The drawing spaced to show whole in a w × h window however long the run: an overview ({@link SpacingFit#overview}). */
    public Drawing overview(Analysis analysis, double w, double h, double textFactor) {
        DiagramLayout plain = DiagramLayout.of(analysis, orientation, timeMode);
        Spacing spacing = SpacingFit.overview(plain, new SpacingFit.Window(w, h, Frame.MARGINS, textFactor),
                new LabelSizes(analysis, clocks));
        return drawing(DiagramLayout.of(analysis, orientation, timeMode, Set.of(), false, spacing));
    }

    private Drawing drawing(DiagramLayout layout) {
        Analysis analysis = layout.analysis();
        // As the window builds it: the rings of a broken condition go on the diagram, the selection over them.
        Drawing d = SelectionLayer.apply(BrokenLayer.apply(DrawingBuilder.withoutSelection(layout,
                new DrawingOptions(clocks, tickLines, List.of(), pairs.concurrent(), pairs.falseOrderings(),
                        pairs.anomalies())), layout, brokenBy), layout, selected, null, null, pairs.concurrent(),
                pairs.externalCones() && analysis.hasExternalMessages());
        if (step < 0) {
            return d;
        }
        return StepLayer.apply(d, layout, new Replay(analysis, steps(analysis), step), clocks == ClockLabels.VECTOR, List.of(),
                hideFutureClocks);
    }
}
