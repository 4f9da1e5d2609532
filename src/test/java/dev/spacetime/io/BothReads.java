package dev.spacetime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.model.Diagram;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads one file on two threads and on one, and says what the two reads gave, in tests. */
final class BothReads {
    private BothReads() {
    }

    /** What a read gave: the diagram, or the whole error message. */
    record Outcome(Diagram diagram, String problems) {
    }

    static Outcome read(Path file, long twoThreadsFrom) {
        try {
            return new Outcome(DiagramReader.read(file, twoThreadsFrom), null);
        } catch (DiagramLoadException e) {
            return new Outcome(null, e.getMessage());
        }
    }

    /**
     * Writes {@code text} to {@code file} and checks that the reader that splits gives exactly what the
     * one-thread reader gives: the same error text, or the same diagram. Returns the one-thread outcome.
     */
    static Outcome assertSame(Path file, byte[] text) {
        try {
            Files.write(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Outcome one = read(file, Long.MAX_VALUE);
        Outcome two = read(file, 0);
        assertEquals(one.problems(), two.problems(), () -> "for the file:\n" + new String(text, StandardCharsets.UTF_8));
        if (one.diagram() != null) {
            assertTrue(one.diagram().sameContent(two.diagram()), "not the same diagram read on two threads");
        } else {
            assertNull(DiagramReader.TWO_THREADS.read(text, 16), "a file with a problem must not pass the split read");
        }
        return one;
    }

    static Outcome assertSame(Path file, String text) {
        return assertSame(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
