package dev.spacetime.drawing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.EventGraph;
import dev.spacetime.io.DiagramReader;
import dev.spacetime.io.shiviz.ShivizFiles;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.Spacing;
import dev.spacetime.layout.SpacingFit;
import dev.spacetime.layout.TimeMode;
import dev.spacetime.model.Diagram;
import dev.spacetime.sim.mutex.MutexParameters;
import dev.spacetime.sim.mutex.MutexSimulation;
import dev.spacetime.sim.mutex.Variant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The example diagrams and mutual exclusion runs, spaced for a 1280 × 800 window, fill it and leave their labels room. */
class FittedLayoutTest {
    private static final double W = 1280;
    private static final double H = 800;
    private static final double[] M = Frame.MARGINS;
    private static final SpacingFit.Window WINDOW = new SpacingFit.Window(W, H, M, 1);
    private static final double CEILING = 450; // SpacingFit's widest gap between process lines on screen

    static Stream<Arguments> diagrams() throws Exception {
        List<Arguments> out = new ArrayList<>();
        for (String name : List.of("lamport-figure1.json", "anomalous-telephone.json", "false-ordering.json",
                "mutual-exclusion.json")) {
            out.add(Arguments.of(name, DiagramReader.read(Path.of("examples", name))));
        }
        for (String name : List.of("broadcast.log", "govector-client-server.log", "several-executions.log")) {
            out.add(Arguments.of(name, ShivizFiles.importExecution(Path.of("examples", name), 0)));
        }
        for (int processes : new int[] {3, 5}) {
            out.add(Arguments.of("simulate mutex --processes " + processes, MutexSimulation.run(new MutexParameters(
                    processes, 1, List.of(), 20, 1, 4, 2, false, Variant.CORRECT, 1)).diagram()));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diagrams")
    void fillsTheWindowBothWaysInEveryOrientationAndTimeMode(String name, Diagram d) {
        Analysis a = Analysis.of(d);
        for (Orientation o : Orientation.values()) {
            for (TimeMode mode : TimeMode.values()) {
                DiagramLayout l = fitted(a, o, mode);
                double[] b = l.bounds();
                // As the window fits it: whole, or a run too long to read whole shown from its start.
                Frame f = Frame.fitLegibly(new Drawing(List.of(), b, o), W, H, M);
                double shareX = Math.min(1, (b[2] - b[0]) * f.scale() / (W - M[1] - M[3]));
                double shareY = Math.min(1, (b[3] - b[1]) * f.scale() / (H - M[0] - M[2]));
                String what = name + " " + o + " " + mode + ": " + shareX + " × " + shareY + " at " + f.scale() + ", gap " + l.processGap() + " " + l.spacing();
                boolean up = o == Orientation.TIME_UP;
                double along = up ? shareY : shareX;
                double across = up ? shareX : shareY;
                assertTrue(along >= 0.8 - 1e-9, what);
                // Two processes in a wide window stop at the ceiling rather than standing a window apart.
                boolean atCeiling = Math.abs(l.processGap() * f.scale() - CEILING) < 0.01;
                assertTrue(across >= 0.8 - 1e-9 || atCeiling && l.shownProcesses() == 2, what);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diagrams")
    void successiveEventsOnALineAreDrawnALabelStepApartAtScaleOne(String name, Diagram d) {
        Analysis a = Analysis.of(d);
        LabelSizes sizes = new LabelSizes(a, ClockLabels.LAMPORT);
        double[] widths = new double[a.eventCount()];
        for (int e = 0; e < widths.length; e++) {
            widths[e] = sizes.width(e);
        }
        Arrays.sort(widths);
        EventGraph g = a.graph();
        for (Orientation o : Orientation.values()) {
            for (TimeMode mode : TimeMode.values()) {
                DiagramLayout l = fitted(a, o, mode);
                boolean up = o == Orientation.TIME_UP;
                double needed = up ? 2.5 * TextMetrics.height(13) : widths[widths.length / 2] + 12;
                for (int e = 1; e < g.eventCount(); e++) {
                    if (g.process(e) != g.process(e - 1) || l.time(e) <= l.time(e - 1)) {
                        continue; // events at one time stay level
                    }
                    double apart = up ? l.eventY(e - 1) - l.eventY(e) : l.eventX(e) - l.eventX(e - 1);
                    assertTrue(apart >= needed - 1e-6, name + " " + o + " " + mode + ": " + g.id(e - 1) + " and "
                            + g.id(e) + " " + apart + " px apart for " + needed);
                }
            }
        }
    }

    @org.junit.jupiter.api.Test
    void aShortRunWithLongQuietStretchesIsShownWholeNotFromItsStart() throws Exception {
        // Section 5's anomaly with physical-clock labels: nine events, a few units apart on A and B, tens
        // apart elsewhere. Spaced by its shortest steps it was too long for the window and opened on its start.
        Diagram d = DiagramReader.read(Path.of("src/test/resources/fit/anomaly-physical-clocks.json"));
        Analysis a = Analysis.of(d);
        for (double[] window : new double[][] {{1200, 700}, {W, H}}) {
            SpacingFit.Window room = new SpacingFit.Window(window[0], window[1], M, 1);
            Spacing s = SpacingFit.of(a, Orientation.TIME_UP, TimeMode.PHYSICAL, Set.of(), false, room,
                    new LabelSizes(a, ClockLabels.LAMPORT));
            double[] b = DiagramLayout.of(a, Orientation.TIME_UP, TimeMode.PHYSICAL, Set.of(), false, s).bounds();
            Frame f = Frame.fitLegibly(new Drawing(List.of(), b, Orientation.TIME_UP), window[0], window[1], M);
            assertTrue(f.showsAll(b, window[0], window[1]), window[0] + " × " + window[1] + ": shown whole");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diagrams")
    void largerTextAsksForMoreRoom(String name, Diagram d) {
        Analysis a = Analysis.of(d);
        DiagramLayout natural = DiagramLayout.of(a, Orientation.TIME_RIGHT, TimeMode.LOGICAL);
        LabelSizes sizes = new LabelSizes(a, ClockLabels.LAMPORT);
        Spacing normal = SpacingFit.of(natural, WINDOW, sizes);
        Spacing large = SpacingFit.of(natural, new SpacingFit.Window(W, H, M, 2), sizes);
        // Successive events get at least as much room (the time axis may be stretched rather than scaled).
        assertTrue(large.leastStep() >= normal.leastStep() * 2 - 1e-9, large + " against " + normal);
        double[] a1 = DiagramLayout.of(a, Orientation.TIME_RIGHT, TimeMode.LOGICAL, Set.of(), false, normal).bounds();
        double[] a2 = DiagramLayout.of(a, Orientation.TIME_RIGHT, TimeMode.LOGICAL, Set.of(), false, large).bounds();
        assertTrue(a2[2] - a2[0] >= a1[2] - a1[0] - 1e-6, "as long along time, or longer");
    }

    @org.junit.jupiter.api.Test
    void oneProcessAndAnEmptyDiagramGetASaneSpacing() {
        for (Diagram d : List.of(new Diagram(), dev.spacetime.testing.Diagrams.of("P: p1 p2 p3"),
                dev.spacetime.testing.Diagrams.of("P: p1@5", "Q: q1@5"))) {
            Analysis a = Analysis.of(d);
            for (Orientation o : Orientation.values()) {
                for (TimeMode mode : TimeMode.values()) {
                    Spacing s = SpacingFit.of(a, o, mode, Set.of(), false, WINDOW, new LabelSizes(a, ClockLabels.LAMPORT));
                    assertTrue(s.processGap() >= 40 && s.processGap() <= 1000, s.toString());
                    assertTrue(s.timeScale() > 1 && s.timeScale() < 1e4, s.toString());
                    double[] b = DiagramLayout.of(a, o, mode, Set.of(), false, s).bounds();
                    assertTrue(Arrays.stream(b).allMatch(Double::isFinite));
                }
            }
        }
    }

    private static DiagramLayout fitted(Analysis a, Orientation o, TimeMode mode) {
        Spacing s = SpacingFit.of(a, o, mode, Set.of(), false, WINDOW, new LabelSizes(a, ClockLabels.LAMPORT));
        return DiagramLayout.of(a, o, mode, Set.of(), false, s);
    }

    @org.junit.jupiter.api.Test
    void aRunTooLongToShowWholeShowsAsMuchOfItsStartAsLabelsAllow() throws Exception {
        // Section 6's clocks under the anomaly: a few events crowd together, then quiet stretches. Spaced by
        // the crowded steps alone, the start of the run showed three of its 35 events in a window's width.
        Diagram d = DiagramReader.read(Path.of("examples", "anomaly-physical-bound-broken.json"));
        Analysis a = Analysis.of(d);
        DiagramLayout l = fitted(a, Orientation.TIME_RIGHT, TimeMode.PHYSICAL);
        double[] b = l.bounds();
        Frame f = Frame.fitLegibly(new Drawing(List.of(), b, Orientation.TIME_RIGHT), W, H, M);
        int shown = 0;
        for (int e = 0; e < a.eventCount(); e++) {
            double x = f.x(l.eventX(e));
            shown += x >= 0 && x <= W ? 1 : 0;
        }
        assertTrue(shown >= 8, shown + " of " + a.eventCount() + " events in the window");
    }
}
