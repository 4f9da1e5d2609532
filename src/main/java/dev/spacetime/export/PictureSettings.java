package dev.spacetime.export;

import dev.spacetime.causality.Analysis;
import dev.spacetime.drawing.ClockLabels;
import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.DrawingBuilder;
import dev.spacetime.drawing.DrawingOptions;
import dev.spacetime.drawing.StepLayer;
import dev.spacetime.drawing.LabelSizes;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.SpacingFit;
import dev.spacetime.layout.Orientation;
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
 */
public record PictureSettings(Orientation orientation, TimeMode timeMode, boolean tickLines, ClockLabels clocks,
        List<String> selected, int step, Linearization.Kind order) {
    public PictureSettings {
        selected = List.copyOf(selected);
    }

    public static PictureSettings defaults() {
        return new PictureSettings(Orientation.TIME_UP, TimeMode.PHYSICAL, false, ClockLabels.LAMPORT, List.of(), -1,
                Linearization.Kind.TOTAL_ORDER);
    }

    public PictureSettings withSelected(List<String> ids) {
        return new PictureSettings(orientation, timeMode, tickLines, clocks, ids, step, order);
    }

    public PictureSettings atStep(int k) {
        return new PictureSettings(orientation, timeMode, tickLines, clocks, selected, k, order);
    }

    /** The drawing these settings give for an analysed diagram. */
    public Drawing drawing(Analysis analysis) {
        DiagramLayout plain = DiagramLayout.of(analysis, orientation, timeMode);
        DiagramLayout layout = DiagramLayout.of(analysis, orientation, timeMode, Set.of(), false,
                SpacingFit.natural(plain, new LabelSizes(analysis, clocks), 1));
        Drawing d = DrawingBuilder.build(layout, new DrawingOptions(clocks, tickLines, selected, false, false));
        if (step < 0) {
            return d;
        }
        int[] steps = order == Linearization.Kind.PHYSICAL_TIME ? Linearization.physicalTime(analysis)
                : Linearization.totalOrder(analysis);
        return StepLayer.apply(d, layout, new Replay(analysis, steps, step), clocks == ClockLabels.VECTOR, List.of());
    }
}
