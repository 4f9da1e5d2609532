package dev.spacetime.drawing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.io.DiagramReader;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.SpacingFit;
import dev.spacetime.layout.TimeMode;
import dev.spacetime.model.Diagram;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Lines joining concurrent pairs (Ctrl+K) and false orderings are curves that pass no third event,
 * checked on every example, the simulations and random diagrams, in both orientations and time
 * modes: a line through a third dot would read as a chain of events that does not exist.
 */
class PairArcsTest {
    /** Far finer than the painter's pieces, so the check does not share the code's approximation. */
    private static final int FINE = 160;

    @Test
    void noPairLinePassesNearAThirdEvent() {
        List<String> failures = new ArrayList<>();
        int lines = 0;
        for (Map.Entry<String, Diagram> entry : LegibilityCorpus.all().entrySet()) {
            Analysis analysis = Analysis.of(entry.getValue());
            for (Orientation o : Orientation.values()) {
                for (TimeMode mode : TimeMode.values()) {
                    // Spaced as render and the app space it: events a label's step apart.
                    DiagramLayout layout = DiagramLayout.of(analysis, o, mode, Set.of(), false, SpacingFit.natural(
                            DiagramLayout.of(analysis, o, mode), new LabelSizes(analysis, ClockLabels.LAMPORT), 1));
                    Drawing d = DrawingBuilder.build(layout, new DrawingOptions(ClockLabels.LAMPORT, false, List.of(),
                            true, true));
                    String name = entry.getKey() + " " + o + " " + mode;
                    lines += check(name, d, failures);
                    long pairs = Math.min(analysis.pairCounts().concurrent(), DrawingOptions.PAIR_LINE_LIMIT);
                    long drawn = d.shapes().stream().filter(s -> s.role() == Role.CONCURRENT_PAIR).count();
                    // Nearly every pair finds a clear curve (all of them in the examples); one that does not is
                    // left out, and counted in the legend, never drawn through a dot.
                    boolean example = entry.getKey().endsWith(".json") || entry.getKey().endsWith(".log");
                    if (drawn < (example ? pairs : pairs * 0.9)) {
                        failures.add(name + ": only " + drawn + " of " + pairs + " concurrent pairs drawn");
                    }
                }
            }
        }
        assertTrue(lines > 1000, "pair lines checked: " + lines);
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
    }

    /** The pair lines of d that come within a dot radius's clearance of an event other than their ends. */
    private static int check(String name, Drawing d, List<String> failures) {
        List<Shape.Dot> dots = d.shapes().stream().filter(s -> s instanceof Shape.Dot).map(s -> (Shape.Dot) s).toList();
        int n = 0;
        for (Shape s : d.shapes()) {
            if (!(s instanceof Shape.Line l) || (l.role() != Role.CONCURRENT_PAIR && l.role() != Role.FALSE_ORDERING)) {
                continue;
            }
            n++;
            if (!l.bowed()) {
                failures.add(name + ": a straight pair line " + l);
            }
            double[] c = l.control();
            double[] pts = null;
            double room = 2 * DrawingBuilder.DOT_RADIUS;
            for (Shape.Dot dot : dots) {
                // The curve lies inside the triangle of its ends and control point: a dot outside that box is far.
                if (dot.x() < Math.min(c[0], Math.min(l.x1(), l.x2())) - room
                        || dot.x() > Math.max(c[0], Math.max(l.x1(), l.x2())) + room
                        || dot.y() < Math.min(c[1], Math.min(l.y1(), l.y2())) - room
                        || dot.y() > Math.max(c[1], Math.max(l.y1(), l.y2())) + room) {
                    continue;
                }
                if (pts == null) {
                    pts = PairArcs.points(l.x1(), l.y1(), c[0], c[1], l.x2(), l.y2(), FINE);
                }
                boolean end = (dot.x() == l.x1() && dot.y() == l.y1()) || (dot.x() == l.x2() && dot.y() == l.y2());
                double gap = PairArcs.distance(pts, dot.x(), dot.y());
                // Two dot radii aimed for; never within one and a half, so it can never touch a dot.
                if (!end && gap < 1.5 * DrawingBuilder.DOT_RADIUS) {
                    failures.add(name + ": the " + l.role() + " line " + l + " passes " + gap + " from " + dot.id());
                }
            }
        }
        return n;
    }

    @Test
    void figureOnesPairP3R2BowsAroundQ4() throws Exception {
        Analysis a = Analysis.of(DiagramReader.read(Path.of("examples/lamport-figure1.json")));
        DiagramLayout layout = DiagramLayout.of(a, Orientation.TIME_UP, TimeMode.PHYSICAL);
        Shape.Line line = new PairArcs(layout).line(a.indexOf("p3"), a.indexOf("r2"), Role.CONCURRENT_PAIR);
        int q4 = a.indexOf("q4");
        double[] c = line.control();
        double gap = PairArcs.distance(PairArcs.points(line.x1(), line.y1(), c[0], c[1], line.x2(), line.y2(), FINE),
                layout.eventX(q4), layout.eventY(q4));
        assertTrue(gap >= PairArcs.CLEARANCE - 0.5, "p3–r2 passes q4 at " + gap);
    }

    @Test
    void withOneEventSelectedOnlyItsConcurrentEventsAreJoined() throws Exception {
        Analysis a = Analysis.of(DiagramReader.read(Path.of("examples/lamport-figure1.json")));
        DiagramLayout layout = DiagramLayout.of(a, Orientation.TIME_UP, TimeMode.PHYSICAL);
        Drawing d = DrawingBuilder.build(layout, new DrawingOptions(ClockLabels.LAMPORT, false, List.of("q3"), true,
                false));
        int q3 = a.indexOf("q3");
        List<Shape.Line> lines = d.shapes().stream().filter(s -> s.role() == Role.CONCURRENT_PAIR)
                .map(s -> (Shape.Line) s).toList();
        assertEquals(a.cone(q3).concurrentSize(), lines.size(), "one line per event concurrent with q3");
        for (Shape.Line l : lines) {
            assertTrue(l.x1() == layout.eventX(q3) && l.y1() == layout.eventY(q3), "every line starts at q3: " + l);
        }
        List<String> failures = new ArrayList<>();
        assertEquals(lines.size(), check("q3", d, failures));
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
