package dev.spacetime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.model.Diagram;
import dev.spacetime.model.DiagramBuilder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Size limits: huge files are refused quickly and clearly, large valid ones load quickly. */
class DiagramReaderLimitsTest {
    @TempDir
    Path dir;

    @Test
    void aFileOverTheCapIsRefusedBeforeReading() throws IOException {
        Path big = dir.resolve("big.json");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(600L << 20); // sparse: costs no disk and no time
        }
        DiagramLoadException e = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(DiagramLoadException.class, () -> DiagramReader.read(big)));
        assertEquals("big.json: the file is 600 MiB; Spacetime reads diagram files of up to 512 MiB", e.getMessage());
    }

    @Test
    void aStreamOverTheCapIsStoppedWithALocatedProblem() {
        InputStream endless = new InputStream() {
            private boolean started;

            @Override
            public int read() {
                return read(new byte[1], 0, 1) < 0 ? -1 : ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                Arrays.fill(b, off, off + len, (byte) ' ');
                if (!started) {
                    b[off] = '{';
                    started = true;
                }
                return len;
            }
        };
        DiagramLoadException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(DiagramLoadException.class, () -> DiagramReader.read("endless.json", endless)));
        assertEquals(1, e.problems().size());
        assertTrue(e.getMessage().matches("endless\\.json:1:\\d+: the input is larger than 512 MiB, more than Spacetime"
                + " reads"), e.getMessage());
    }

    @Test
    void aMillionEventFileLoadsQuickly() throws IOException {
        Diagram original = generated(10, 100_000);
        Path file = dir.resolve("million.json");
        DiagramFiles.save(original, file);
        assertTrue(Files.size(file) > 40_000_000L, "about 45 MB");
        long start = System.nanoTime();
        Diagram loaded = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> DiagramReader.read(file));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("loaded 1,000,000 events and " + loaded.messageCount() + " messages in " + millis + " ms");
        assertTrue(loaded.sameContent(original));
    }

    @Test
    void aFileFullOfProblemsListsTheFirstHundredAndCountsTheRest() throws IOException {
        Path file = dir.resolve("broken.json");
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            out.write("{ \"format\": \"spacetime\", \"version\": 1, \"processes\": [ { \"name\": \"P\", \"events\": [\n");
            for (int i = 0; i < 200_000; i++) {
                out.write((i == 0 ? "" : ",\n") + "{ \"id\": \"e" + i + "\", \"colour\": 1 }");
            }
            out.write(" ] } ] }\n");
        }
        DiagramLoadException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(DiagramLoadException.class, () -> DiagramReader.read(file)));
        assertEquals(ProblemLog.LIMIT + 1, e.problems().size());
        assertEquals("2:15: event \"e0\": unknown field \"colour\"; an event has the fields id, label, time",
                e.problems().get(0).toString());
        assertEquals("… and 199900 more problems not listed", e.problems().get(ProblemLog.LIMIT).message());
    }

    @Test
    void brokenRulesEverywhereAreCutShortToo() {
        DiagramBuilder b = new DiagramBuilder(300_000);
        int p = b.addProcess("P");
        for (int i = 0; i < 300_000; i++) {
            b.addEvent(p, "e" + i, null, 0); // every time equal: every event breaks the rule
        }
        String json = DiagramWriter.toString(b.build());
        DiagramLoadException e = assertThrows(DiagramLoadException.class,
                () -> DiagramReader.read("flat.json", new java.io.StringReader(json)));
        assertEquals(ProblemLog.LIMIT + 1, e.problems().size());
        assertTrue(e.problems().get(0).toString().startsWith("9:9: event e1 has time 0, not after e0 (time 0)"),
                e.problems().get(0).toString());
        assertEquals("… and more problems not listed", e.problems().get(ProblemLog.LIMIT).message());
    }

    @Test
    void aFolderIsNotADiagram() {
        DiagramLoadException e = assertThrows(DiagramLoadException.class, () -> DiagramReader.read(dir));
        assertTrue(e.getMessage().endsWith(": this is a folder, not a diagram file"), e.getMessage());
    }

    @Test
    void aMissingFileNamesTheFile() {
        DiagramLoadException e = assertThrows(DiagramLoadException.class,
                () -> DiagramReader.read(dir.resolve("figure9.json")));
        assertTrue(e.getMessage().startsWith("figure9.json: cannot read the file: there is no such file or folder"),
                e.getMessage());
    }

    /** {@code processes} processes of {@code perProcess} events, with messages between neighbours. */
    static Diagram generated(int processes, int perProcess) {
        DiagramBuilder b = new DiagramBuilder(processes * perProcess);
        for (int p = 0; p < processes; p++) {
            int index = b.addProcess("P" + p);
            for (int i = 0; i < perProcess; i++) {
                b.addEvent(index, "e" + p + "_" + i, i % 7 == 0 ? "step " + i : null, i % 3 == 0 ? i : Double.NaN);
            }
        }
        for (int p = 0; p + 1 < processes; p++) {
            for (int i = 0; i + 1 < perProcess; i += 4) {
                b.addMessage("e" + p + "_" + i, "e" + (p + 1) + "_" + (i + 1), null, false);
            }
        }
        return b.build();
    }
}
