package dev.spacetime.app.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.app.editing.GestureEdits;
import dev.spacetime.causality.Analysis;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.TimeMode;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.Edit;
import dev.spacetime.model.EditProperties;
import dev.spacetime.model.EditRefusedException;
import dev.spacetime.model.RemoveEvent;
import dev.spacetime.model.Rules;
import dev.spacetime.testing.RandomDiagrams;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random sequences of the commands the window makes (clicks that add events, drags that send
 * messages or move events, Delete, and every other edit), run through the undo stack: as many undos
 * give back the identical diagram, and as many redos replay it.
 */
public class CommandStackProperties {
    @Provide
    Arbitrary<Diagram> diagrams() {
        return RandomDiagrams.general();
    }

    @Provide
    Arbitrary<List<Long>> scripts() {
        return Arbitraries.longs().list().ofMinSize(1).ofMaxSize(30);
    }

    @Property(tries = 250)
    void undoAllGivesBackTheDiagramAndRedoAllReplaysIt(@ForAll("diagrams") Diagram d,
            @ForAll("scripts") List<Long> script, @ForAll boolean logical, @ForAll boolean right) {
        Diagram original = d.copy();
        CommandStack stack = new CommandStack(d);
        int applied = 0;
        for (long seed : script) {
            Random rnd = new Random(seed);
            DiagramLayout layout = DiagramLayout.of(Analysis.of(d), right ? Orientation.TIME_RIGHT : Orientation.TIME_UP,
                    logical ? TimeMode.LOGICAL : TimeMode.PHYSICAL);
            Edit edit = gesture(layout, rnd);
            if (edit == null) {
                continue;
            }
            Diagram before = d.copy();
            try {
                stack.run(edit);
                applied++;
            } catch (EditRefusedException refused) {
                assertTrue(d.sameContent(before), "a refused command leaves the diagram as it was");
            }
            assertTrue(Rules.check(d).isEmpty(), () -> edit + " broke a rule: " + Rules.check(d));
        }
        Diagram edited = d.copy();
        int finalRevision = stack.revision();
        for (int i = 0; i < applied; i++) {
            assertTrue(stack.canUndo());
            stack.undo();
        }
        assertFalse(stack.canUndo());
        assertTrue(d.sameContent(original), "undo all gives back the original");
        assertEquals(0, stack.revision(), "back at the revision it was opened at");
        for (int i = 0; i < applied; i++) {
            stack.redo();
        }
        assertFalse(stack.canRedo());
        assertTrue(d.sameContent(edited), "redo all gives back the edited diagram");
        assertEquals(finalRevision, stack.revision());
    }

    /** A command as the window would make it, at a random place on the layout. */
    static Edit gesture(DiagramLayout layout, Random rnd) {
        var g = layout.analysis().graph();
        Diagram d = g.diagram();
        GestureEdits edits = new GestureEdits(layout);
        int processes = g.processCount();
        int events = g.eventCount();
        double t = layout.startTime() + rnd.nextDouble() * (layout.endTime() - layout.startTime());
        switch (rnd.nextInt(6)) {
            case 0:
                return processes == 0 ? null : edits.addEvent(rnd.nextInt(processes), t);
            case 1: {
                if (processes < 2) {
                    return null;
                }
                int p = rnd.nextInt(processes);
                int q = (p + 1 + rnd.nextInt(processes - 1)) % processes;
                int from = events > 0 && rnd.nextBoolean() ? rnd.nextInt(events) : -1;
                int to = events > 0 && rnd.nextBoolean() ? rnd.nextInt(events) : -1;
                if (from >= 0) {
                    p = g.process(from);
                }
                if (to >= 0) {
                    q = g.process(to);
                }
                if (p == q) {
                    return null;
                }
                double tq = layout.startTime() + rnd.nextDouble() * (layout.endTime() - layout.startTime());
                return edits.sendMessage(from, p, t, to, q, tq);
            }
            case 2:
                return events == 0 ? null : edits.moveEvent(rnd.nextInt(events), t);
            case 3:
                return events == 0 ? null : new RemoveEvent(g.id(rnd.nextInt(events)));
            default:
                return EditProperties.randomEdit(d, rnd);
        }
    }
}
