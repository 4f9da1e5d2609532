package dev.spacetime.io;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.model.Diagram;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.statistics.Statistics;

/**
 * Over random diagrams and their files: the read on two threads gives the diagram the one-thread read
 * gives, and for a file with one byte changed, the same diagram or the same error text.
 */
class TwoThreadReadProperties {
    private final Path file;

    TwoThreadReadProperties() throws IOException {
        file = Files.createTempFile("two-threads", ".json");
    }

    @AfterProperty
    void removeFile() throws IOException {
        Files.deleteIfExists(file);
    }

    @Provide
    Arbitrary<Diagram> diagrams() {
        return RandomDiagrams.diagrams();
    }

    @Provide
    Arbitrary<String> replacements() {
        return Arbitraries.of("", "{", "}", "[", "]", "\"", "\\", ",", ":", " ", "0", "x", "\u0000", "é",
                "\"messages\": [", "], \"messages\": [", "\"]");
    }

    @Property(tries = 400)
    void aWrittenDiagramReadOnTwoThreadsIsTheDiagram(@ForAll("diagrams") Diagram d) {
        byte[] text = DiagramWriter.toString(d).getBytes(StandardCharsets.UTF_8);
        Diagram split = DiagramReader.TWO_THREADS.read(text, 16);
        assertNotNull(split, () -> "a valid file was not read on two threads:\n" + new String(text, StandardCharsets.UTF_8));
        assertTrue(split.sameContent(d), "not the same diagram when read on two threads");
        assertTrue(BothReads.assertSame(file, text).diagram().sameContent(d));
    }

    @Property(tries = 500)
    void aFileWithOneChangeGivesTheOneThreadReadersOutcome(@ForAll("diagrams") Diagram d,
            @ForAll @IntRange(min = 0, max = 1_000_000) int where, @ForAll("replacements") String replacement,
            @ForAll boolean insert) {
        String text = DiagramWriter.toString(d);
        // Half the changes fall near the messages, where the split is.
        int messages = text.indexOf("\"messages\"");
        int at = where % 2 == 0 && messages >= 0 ? messages + where / 2 % (text.length() - messages)
                : where % (text.length() + 1);
        String changed = text.substring(0, at) + replacement + text.substring(Math.min(text.length(), at + (insert ? 0 : 1)));
        BothReads.Outcome outcome = BothReads.assertSame(file, changed);
        Statistics.collect(outcome.diagram() != null ? "still valid" : "refused");
    }
}
