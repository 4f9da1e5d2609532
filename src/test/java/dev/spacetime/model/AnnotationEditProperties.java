package dev.spacetime.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.io.DiagramReader;
import dev.spacetime.io.DiagramWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random renames and removals on the mutual exclusion example: annotations never name an event that is
 * gone, and undoing every edit in reverse gives back the example's file byte for byte.
 */
class AnnotationEditProperties {
    private static final Diagram EXAMPLE = read();

    private static Diagram read() {
        try {
            return DiagramReader.read(Path.of("examples", "mutual-exclusion.json"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Provide
    Arbitrary<List<Long>> scripts() {
        return Arbitraries.longs().list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 100)
    void annotationsFollowTheirEventsAndUndoGivesBackTheFile(@ForAll("scripts") List<Long> script) {
        Diagram d = EXAMPLE.copy();
        String file = DiagramWriter.toString(d);
        List<Edit> undos = new ArrayList<>();
        int renamed = 0;
        for (long seed : script) {
            Random random = new Random(seed);
            if (d.eventCount() == 0) {
                break;
            }
            String id = someEventId(d, random);
            Edit edit = switch (random.nextInt(5)) {
                case 0, 1 -> new RenameEvent(id, "renamed" + renamed++);
                case 2, 3 -> new RemoveEvent(id);
                default -> new RemoveProcess(d.processName(d.processOf(d.findEvent(id))));
            };
            undos.add(edit.applyTo(d));
            assertEveryAnnotationNamesAnEvent(d);
        }
        Collections.reverse(undos);
        undos.forEach(undo -> undo.applyTo(d));
        assertEquals(file, DiagramWriter.toString(d));
    }

    private static String someEventId(Diagram d, Random random) {
        List<String> ids = new ArrayList<>();
        for (int p = 0; p < d.processCount(); p++) {
            for (int i = 0; i < d.eventCount(p); i++) {
                ids.add(d.eventId(d.eventAt(p, i)));
            }
        }
        // Half the time an event with a step note or a bar end, which is what the edits must carry.
        List<String> annotated = ids.stream().filter(id -> d.annotations().stepNote(id) != null
                || d.annotations().bars().stream().anyMatch(b -> b.from().equals(id) || b.to().equals(id))).toList();
        List<String> from = random.nextBoolean() && !annotated.isEmpty() ? annotated : ids;
        return from.get(random.nextInt(from.size()));
    }

    private static void assertEveryAnnotationNamesAnEvent(Diagram d) {
        for (Bar b : d.annotations().bars()) {
            assertTrue(d.findEvent(b.from()) >= 0 && d.findEvent(b.to()) >= 0, () -> b + " names an event that is gone");
        }
        for (String id : d.annotations().stepNotes().keySet()) {
            assertTrue(d.findEvent(id) >= 0, () -> "the step note of " + id + " outlived it");
        }
    }
}
