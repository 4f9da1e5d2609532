package dev.spacetime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.EventGraph;
import dev.spacetime.io.shiviz.ShivizExport;
import dev.spacetime.io.shiviz.LogLosses;
import dev.spacetime.io.shiviz.ShivizFiles;
import dev.spacetime.model.Diagram;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.statistics.Statistics;

/**
 * Random diagrams with hostile names and labels (line breaks, quotes, control characters, surrogates,
 * spaces) written as ShiViz logs through the file path the app and {@code convert} use, and read back
 * the same way: either the log reads back to the same processes in the same order, the same texts
 * (label, or id where there is none), the same happened-before and ⇒, and writing that diagram again
 * gives the same bytes — or it is refused up front with a sentence, and no file is left.
 */
class LogExportProperties {
    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("log-export");
            DIR.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<Diagram> diagrams() {
        return RandomDiagrams.diagrams();
    }

    @Property(tries = 300)
    void aLogReadsBackToTheSameDiagramOrIsRefusedWithASentence(@ForAll("diagrams") Diagram d) throws Exception {
        Path file = DIR.resolve("d.log");
        Files.deleteIfExists(file);
        String refusal = ShivizExport.refusal(d);
        Statistics.collect(refusal != null ? "refused" : ShivizExport.toLog(d).startsWith("(?<event>") ? "default" : "marked");
        if (refusal != null) {
            IOException e = assertThrows(IOException.class, () -> ShivizFiles.write(d, file));
            assertEquals("cannot save " + file + ": " + refusal, e.getMessage());
            assertTrue(refusal.matches("cannot write a ShiViz log: (process|event) \"[^\\p{Cntrl}]*\"('s| name).*"),
                    refusal);
            assertFalse(Files.exists(file));
            try (var files = Files.list(DIR)) {
                assertEquals(0, files.count(), "no temporary file left");
            }
            return;
        }
        ShivizFiles.write(d, file);
        Diagram back = ShivizFiles.importExecution(file, 0);
        assertSame(d, back);
        int external = (int) java.util.stream.IntStream.range(0, d.messageCount()).filter(k -> d.isExternal(d.message(k))).count();
        int implied = LogLosses.of(d).stream().filter(l -> l.contains(" implied by others left out"))
                .mapToInt(l -> Integer.parseInt(l.substring(0, l.indexOf(' ')))).sum();
        assertEquals(d.messageCount() - external - implied, back.messageCount(), "the messages convert says are kept");
        byte[] first = Files.readAllBytes(file);
        ShivizFiles.write(back, file);
        assertEquals(new String(first, java.nio.charset.StandardCharsets.UTF_8), Files.readString(file),
                "log → diagram → log gives the same bytes");
    }

    /** The same processes (those with events: a log cannot name any other) in order, texts, → and ⇒. */
    static void assertSame(Diagram d, Diagram back) {
        List<Integer> kept = new ArrayList<>();
        for (int p = 0; p < d.processCount(); p++) {
            if (d.eventCount(p) > 0) {
                kept.add(p);
            }
        }
        assertEquals(kept.size(), back.processCount());
        Analysis a = Analysis.of(d);
        Analysis b = Analysis.of(back);
        EventGraph ga = a.graph();
        EventGraph gb = b.graph();
        int[] to = new int[ga.eventCount()]; // d's event index → back's
        for (int i = 0; i < kept.size(); i++) {
            int p = kept.get(i);
            assertEquals(d.processName(p), back.processName(i));
            assertEquals(d.eventCount(p), back.eventCount(i));
            for (int k = 0; k < d.eventCount(p); k++) {
                int e = ga.start(p) + k;
                to[e] = gb.start(i) + k;
                String label = d.eventLabel(ga.handle(e));
                String text = label == null || label.isBlank() ? ga.id(e) : label;
                assertEquals(text, back.eventLabel(gb.handle(to[e])));
            }
        }
        for (int x = 0; x < ga.eventCount(); x++) {
            for (int y = 0; y < ga.eventCount(); y++) {
                assertEquals(a.happenedBefore(x, y), b.happenedBefore(to[x], to[y]));
            }
            assertEquals(a.totalOrder().rank(x), b.totalOrder().rank(to[x]), "⇒ unchanged");
        }
    }
}
