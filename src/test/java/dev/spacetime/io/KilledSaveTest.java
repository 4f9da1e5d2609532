package dev.spacetime.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.model.Diagram;
import dev.spacetime.model.DiagramBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save killed midway (here a child JVM killed with SIGKILL while it writes) leaves the file it was
 * replacing intact and one temporary file of a recognisable name, which the next save to the folder
 * removes; a failing save leaves none, even when what fails is an Error.
 */
class KilledSaveTest {
    @TempDir
    Path dir;

    /** Run in a child JVM: starts saving args[0], says so on stdout, and never finishes. */
    public static void main(String[] args) throws IOException {
        DiagramFiles.write(Path.of(args[0]), out -> {
            out.write("{\"processes\": [");
            out.flush();
            System.out.println("writing");
            System.out.flush();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private static Diagram small(String title) {
        DiagramBuilder b = new DiagramBuilder(4);
        b.title(title);
        b.addEvent(b.addProcess("P"), "p1", null, 1);
        return b.build();
    }

    private List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void aKilledSaveKeepsTheFileAndItsLeftoverGoesOnTheNextSave() throws Exception {
        Path file = dir.resolve("figure1.json");
        DiagramFiles.save(small("original"), file);
        byte[] before = Files.readAllBytes(file);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                KilledSaveTest.class.getName(), file.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("writing", out.readLine());
            child.destroyForcibly(); // SIGKILL: no finally block runs in the child
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertArrayEquals(before, Files.readAllBytes(file));
        List<Path> left = filesIn(dir);
        assertEquals(2, left.size(), left.toString());
        Path temp = left.get(0);
        assertTrue(DiagramFiles.isOurTemp(temp.getFileName().toString()), temp.toString());
        assertTrue(temp.getFileName().toString().startsWith(".figure1.json.spacetime-save-"), temp.toString());

        // A leftover this fresh could be another save still under way: kept.
        DiagramFiles.save(small("second"), dir.resolve("other.json"));
        assertTrue(Files.exists(temp));
        Files.setLastModifiedTime(temp, FileTime.from(Instant.now().minus(DiagramFiles.STALE_AFTER).minusSeconds(60)));
        DiagramFiles.save(small("third"), dir.resolve("other.json"));
        assertEquals(List.of(file, dir.resolve("other.json")), filesIn(dir));
    }

    @Test
    void onlyOurStaleTemporaryFilesAreRemoved() throws Exception {
        FileTime old = FileTime.from(Instant.now().minusSeconds(24 * 3600));
        Path ours = Files.writeString(dir.resolve(".a.json.spacetime-save-5f3a9c.tmp"), "half");
        Path theirs = Files.writeString(dir.resolve(".a.json.5f3a9c.tmp"), "someone else's");
        Path plain = Files.writeString(dir.resolve("notes.spacetime-save-1.tmp"), "not hidden: not ours");
        for (Path f : List.of(ours, theirs, plain)) {
            Files.setLastModifiedTime(f, old);
        }
        DiagramFiles.save(small("x"), dir.resolve("b.json"));
        assertEquals(List.of(theirs, dir.resolve("b.json"), plain), filesIn(dir));
    }

    @Test
    void anErrorWhileWritingLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("figure1.json");
        assertThrows(OutOfMemoryError.class, () -> DiagramFiles.write(file, out -> {
            out.write("{");
            throw new OutOfMemoryError("pretend");
        }));
        assertEquals(List.of(), filesIn(dir));
    }

    @Test
    void aVeryLongNameStillGetsATemporaryFile() throws Exception {
        Path file = dir.resolve("d".repeat(200) + ".json");
        DiagramFiles.save(small("long"), file);
        assertEquals(List.of(file), filesIn(dir));
    }
}
