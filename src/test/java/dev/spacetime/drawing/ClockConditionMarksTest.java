package dev.spacetime.drawing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.io.DiagramReader;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.TimeMode;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.SetAssignedClock;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The picture marks each C1 failure along its process and each C2 failure along its message, and its key names them. */
class ClockConditionMarksTest {
    private static Diagram figure1() throws Exception {
        return DiagramReader.read(Path.of("examples", "lamport-figure1.json"));
    }

    private static Drawing draw(Diagram d) {
        DiagramLayout layout = DiagramLayout.of(Analysis.of(d), Orientation.TIME_UP, TimeMode.PHYSICAL);
        return DrawingBuilder.build(layout, ClockLabels.LAMPORT);
    }

    private static List<Shape> of(Drawing drawing, Role role) {
        return drawing.shapes().stream().filter(s -> s.role() == role).toList();
    }

    @Test
    void aC2FailureIsMarkedAlongItsMessageAndAC1FailureAlongItsProcess() throws Exception {
        Diagram d = figure1();
        new SetAssignedClock("p1", 3).applyTo(d);
        new SetAssignedClock("q1", 1).applyTo(d);
        new SetAssignedClock("q2", 2).applyTo(d); // after q1 on Q: fine; received from p1 at 3: C2 fails
        new SetAssignedClock("q3", 2).applyTo(d); // not after q2: C1 fails
        Drawing drawing = draw(d);
        DiagramLayout layout = DiagramLayout.of(Analysis.of(d), Orientation.TIME_UP, TimeMode.PHYSICAL);
        Analysis a = layout.analysis();

        List<Shape> c2 = of(drawing, Role.C2_FAILS);
        assertEquals(2, c2.size(), "one stroke and its label");
        Shape.Line message = (Shape.Line) c2.stream().filter(s -> s instanceof Shape.Line).findFirst().orElseThrow();
        assertEquals(layout.eventX(a.indexOf("p1")), message.x1());
        assertEquals(layout.eventY(a.indexOf("q2")), message.y2());
        assertTrue(message.dashed());
        assertTrue(c2.stream().anyMatch(s -> s instanceof Shape.Text t && t.text().equals("C2")));

        List<Shape> c1 = of(drawing, Role.C1_FAILS);
        Shape.Line along = (Shape.Line) c1.stream().filter(s -> s instanceof Shape.Line).findFirst().orElseThrow();
        assertEquals(layout.eventY(a.indexOf("q2")), along.y1());
        assertEquals(layout.eventY(a.indexOf("q3")), along.y2());
        assertEquals(along.x1(), along.x2(), "along Q's line");
        assertTrue(c1.stream().anyMatch(s -> s instanceof Shape.Text t && t.text().equals("C1")));

        List<String> key = PictureKey.of(drawing, a).stream().map(PictureKey.Entry::text).toList();
        assertTrue(key.contains(PictureKey.C1_TEXT) && key.contains(PictureKey.C2_TEXT), key.toString());
    }

    @Test
    void valuesNotYetGivenAndValuesThatKeepTheConditionMarkNothing() throws Exception {
        Diagram d = figure1();
        assertTrue(of(draw(d), Role.C1_FAILS).isEmpty(), "no clocks of its own");
        new SetAssignedClock("q2", 0).applyTo(d); // p1 and q1 have no value yet
        new SetAssignedClock("q3", 4).applyTo(d);
        Drawing drawing = draw(d);
        assertTrue(of(drawing, Role.C1_FAILS).isEmpty());
        assertTrue(of(drawing, Role.C2_FAILS).isEmpty());
    }
}
