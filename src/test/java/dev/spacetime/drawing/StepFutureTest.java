package dev.spacetime.drawing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.EventGraph;
import dev.spacetime.io.DiagramReader;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.TimeMode;
import dev.spacetime.model.Bar;
import dev.spacetime.model.Diagram;
import dev.spacetime.step.Linearization;
import dev.spacetime.step.Replay;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A mutual exclusion run at a middle step: holding bars and message labels still to come are drawn as the future is. */
class StepFutureTest {
    private static Drawing atStep(Analysis a, DiagramLayout layout, int k) {
        Drawing base = DrawingBuilder.build(layout, DrawingOptions.plain(ClockLabels.LAMPORT));
        return StepLayer.apply(base, layout, new Replay(a, Linearization.totalOrder(a), k), false, List.of());
    }

    private static List<Shape.Line> lines(Drawing d, Role role) {
        return d.shapes().stream().filter(s -> s instanceof Shape.Line l && l.role() == role).map(Shape.Line.class::cast)
                .toList();
    }

    @Test
    void barsAreDrawnAsFarAsTheirProcessHasGot() throws Exception {
        Diagram d = DiagramReader.read(Path.of("examples", "mutual-exclusion.json"));
        Analysis a = Analysis.of(d);
        EventGraph g = a.graph();
        DiagramLayout layout = DiagramLayout.of(a, Orientation.TIME_RIGHT, TimeMode.PHYSICAL);
        Replay half = new Replay(a, Linearization.totalOrder(a), a.eventCount() / 2);
        Drawing drawn = atStep(a, layout, half.cursor());
        int done = 0;
        int underWay = 0;
        int toCome = 0;
        for (Bar bar : d.annotations().bars()) {
            int from = g.indexOf(bar.from());
            int to = g.indexOf(bar.to());
            double x1 = layout.eventX(from);
            double x2 = layout.eventX(to);
            if (half.happened(to)) {
                done++;
                assertTrue(has(drawn, Role.BAR, x1, x2), bar + " is over: drawn whole");
            } else if (half.happened(from) && half.lastOn(g.process(from)) != from) {
                underWay++;
                double now = layout.eventX(half.lastOn(g.process(from)));
                assertTrue(has(drawn, Role.BAR, x1, now), bar + " drawn up to the process's last event");
                assertTrue(has(drawn, Role.FADED_BAR, now, x2), bar + " faded beyond it");
            } else {
                toCome++;
                assertTrue(has(drawn, Role.FADED_BAR, x1, x2), bar + " still to come: faded");
            }
        }
        assertTrue(done > 0 && toCome > 0, "a middle step: some holdings over, some to come (" + done + ", "
                + underWay + ", " + toCome + ")");
        assertEquals(0, lines(atStep(a, layout, a.eventCount()), Role.FADED_BAR).size(), "at the end every bar is whole");
        assertEquals(d.annotations().bars().size(), lines(atStep(a, layout, 0), Role.FADED_BAR).size(),
                "at the start every bar is to come");
    }

    @Test
    void messageLabelsAreFadedUntilTheMessageIsSent() throws Exception {
        Diagram d = DiagramReader.read(Path.of("examples", "mutual-exclusion.json"));
        Analysis a = Analysis.of(d);
        DiagramLayout layout = DiagramLayout.of(a, Orientation.TIME_RIGHT, TimeMode.PHYSICAL);
        EventGraph g = a.graph();
        Replay half = new Replay(a, Linearization.totalOrder(a), a.eventCount() / 2);
        Drawing drawn = atStep(a, layout, half.cursor());
        long sent = 0;
        long unsent = 0;
        for (int k = 0; k < d.messageCount(); k++) {
            int m = d.message(k);
            if (d.messageLabel(m) != null) {
                boolean happened = half.happened(g.indexOfHandle(d.messageFrom(m)));
                sent += happened ? 1 : 0;
                unsent += happened ? 0 : 1;
            }
        }
        assertTrue(sent > 0 && unsent > 0, "a middle step has messages of both kinds");
        List<String> plainLabels = texts(drawn, Role.MESSAGE_LABEL);
        assertEquals(sent, plainLabels.size(), "the labels of the messages sent: " + plainLabels);
        long fadedMessageLabels = drawn.shapes().stream().filter(s -> s instanceof Shape.Text t && t.role() == Role.FADED
                && (t.text().startsWith("request") || t.text().startsWith("ack") || t.text().startsWith("release"))).count();
        assertEquals(unsent, fadedMessageLabels, "the rest faded");
        assertEquals(0, texts(atStep(a, layout, 0), Role.MESSAGE_LABEL).size(), "none sent at the start");
    }

    private static List<String> texts(Drawing d, Role role) {
        return d.shapes().stream().filter(s -> s instanceof Shape.Text t && t.role() == role)
                .map(s -> ((Shape.Text) s).text()).toList();
    }

    private static boolean has(Drawing d, Role role, double x1, double x2) {
        return lines(d, role).stream().anyMatch(l -> Math.abs(l.x1() - x1) < 1e-9 && Math.abs(l.x2() - x2) < 1e-9);
    }

    @Test
    void aBrokenConditionIsRingedOnlyOnceItsEventHasHappened() {
        Analysis a = Analysis.of(dev.spacetime.testing.Diagrams.figure1());
        DiagramLayout layout = DiagramLayout.of(a, Orientation.TIME_UP, TimeMode.PHYSICAL);
        Drawing base = BrokenLayer.apply(DrawingBuilder.build(layout, DrawingOptions.plain(ClockLabels.LAMPORT)), layout,
                List.of("q2", "r4"));
        int[] order = Linearization.totalOrder(a);
        int q2 = a.indexOf("q2");
        int r4 = a.indexOf("r4");
        int k = 0;
        while (order[k] != q2) {
            k++;
        }
        Replay afterQ2 = new Replay(a, order, k + 1);
        assertTrue(afterQ2.happened(q2) && !afterQ2.happened(r4), "a step between the two");
        Drawing drawn = StepLayer.apply(base, layout, afterQ2, false, List.of());
        List<Shape.Ring> broken = drawn.shapes().stream().filter(s -> s instanceof Shape.Ring r && r.role() == Role.BROKEN)
                .map(Shape.Ring.class::cast).toList();
        assertEquals(1, broken.size(), "r4 has not happened yet: " + broken);
        assertEquals(layout.eventX(q2), broken.get(0).x(), 1e-9);
        assertEquals(layout.eventY(q2), broken.get(0).y(), 1e-9);
        Drawing end = StepLayer.apply(base, layout, new Replay(a, order, a.eventCount()), false, List.of());
        assertEquals(2, end.shapes().stream().filter(s -> s instanceof Shape.Ring r && r.role() == Role.BROKEN).count());
    }
}
