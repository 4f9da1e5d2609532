package dev.spacetime.app.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.app.files.Autosave;
import dev.spacetime.app.files.RecoveryCheck;
import dev.spacetime.app.files.RecoveryStore;
import dev.spacetime.io.DiagramFiles;
import dev.spacetime.io.DiagramReader;
import dev.spacetime.model.AddProcess;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.SetEventLabel;
import dev.spacetime.testing.Diagrams;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unsaved work is kept for recovery a moment after each edit, off the window's thread, and goes when
 * it is saved or the app closes cleanly; what a killed app left is offered back at the next start and
 * restores to the same diagram, unsaved and with nothing to undo. The app's own thread is stood in for
 * by running tasks at once; the window's dialog by a chooser.
 */
class AutosaveTest {
    private static final Duration QUICK = Duration.ofMillis(50);

    @TempDir
    Path dir;

    private final List<String> failures = new ArrayList<>();

    private Autosave autosave(RecoveryStore store) {
        return new Autosave(store, Runnable::run, QUICK, failures::add);
    }

    /** The edits a user makes in these tests: a process added and an event relabelled. */
    static void edit(Document doc) {
        doc.commands().run(new AddProcess(doc.diagram().processCount(), "S" + doc.diagram().processCount()));
        doc.commands().run(new SetEventLabel("p1", "relabelled\nafter the crash"));
    }

    @Test
    void unsavedEditsAreWrittenAndSavingRemovesThem() throws Exception {
        RecoveryStore store = new RecoveryStore(dir.resolve("recovery"));
        Path file = dir.resolve("figure1.json");
        DiagramFiles.save(Diagrams.figure1(), file);
        Document doc = new Document(DiagramReader.read(file), file);
        try (Autosave autosave = autosave(store)) {
            autosave.watch(doc);
            autosave.awaitWritten(Duration.ofSeconds(5));
            assertFalse(Files.exists(store.file()), "nothing unsaved, nothing kept");
            edit(doc);
            autosave.awaitWritten(Duration.ofSeconds(5));
            assertTrue(Files.exists(store.file()));
            assertTrue(DiagramReader.read(store.file()).sameContent(doc.diagram()));
            doc.markSaved(file);
            autosave.awaitWritten(Duration.ofSeconds(5));
            assertFalse(Files.exists(store.file()), "saved work is not kept twice");
            edit(doc);
            autosave.awaitWritten(Duration.ofSeconds(5));
            assertTrue(Files.exists(store.file()));
        }
        assertFalse(Files.exists(store.file()), "a clean close removes it");
        try (var left = Files.list(store.folder())) {
            assertEquals(List.of(), left.toList());
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void aDiskThatRefusesTheWriteIsSaidOnce() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("occupied"), "a file where the folder should be");
        RecoveryStore store = new RecoveryStore(notAFolder);
        Document doc = new Document(Diagrams.figure1(), null);
        try (Autosave autosave = autosave(store)) {
            autosave.watch(doc);
            edit(doc);
            autosave.awaitWritten(Duration.ofSeconds(5));
        }
        assertEquals(1, failures.size(), failures.toString());
        assertTrue(failures.get(0).startsWith("Unsaved work could not be kept for recovery: "), failures.get(0));
    }

    @Test
    void workAKilledAppLeftIsRestoredUnsavedWithNothingToUndo() throws Exception {
        Path folder = dir.resolve("recovery");
        Path file = dir.resolve("figure1.json");
        DiagramFiles.save(Diagrams.figure1(), file);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EditingApp.class.getName(), folder.toString(), file.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertEquals("kept", line);
            child.destroyForcibly(); // kill -9 while editing: no shutdown hook, no clean close
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        Document expected = new Document(Diagrams.figure1(), file);
        edit(expected);

        RecoveryStore next = new RecoveryStore(folder);
        List<RecoveryStore.Recovered> asked = new ArrayList<>();
        RecoveryCheck.Outcome outcome = RecoveryCheck.offer(next, work -> {
            asked.add(work);
            return RecoveryCheck.Choice.RESTORE;
        });
        assertEquals(1, asked.size());
        assertEquals(file.toAbsolutePath(), asked.get(0).source());
        Document restored = outcome.document();
        assertNotNull(restored);
        assertTrue(restored.diagram().sameContent(expected.diagram()), restored.diagram() + " vs " + expected.diagram());
        assertTrue(restored.unsaved(), "restored work is not in its file");
        assertFalse(restored.commands().canUndo());
        assertEquals(file.toAbsolutePath(), restored.file());
        assertTrue(Diagrams.figure1().sameContent(DiagramReader.read(file)), "the file itself is untouched");
        assertNull(RecoveryCheck.offer(next, work -> RecoveryCheck.Choice.RESTORE), "offered once");
    }

    @Test
    void laterKeepsTheWorkAndDiscardDeletesIt() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("recovery"));
        Diagram work = Diagrams.figure1();
        DiagramFiles.save(work, folder.resolve("recovery-999999999-1.json")); // an app no longer running
        RecoveryStore store = new RecoveryStore(folder);
        assertEquals(RecoveryCheck.Choice.LATER, RecoveryCheck.offer(store, w -> RecoveryCheck.Choice.LATER).choice());
        assertEquals(1, store.leftBehind().size());
        assertNull(RecoveryCheck.offer(store, w -> RecoveryCheck.Choice.DISCARD).document());
        assertEquals(List.of(), store.leftBehind());
        try (var left = Files.list(folder)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void aRunningAppsWorkIsNotOfferedToAnother() throws Exception {
        RecoveryStore mine = new RecoveryStore(dir);
        mine.write(Diagrams.figure1(), null);
        assertEquals(List.of(), new RecoveryStore(dir).leftBehind(), "this very process is still running");
    }

    /** Run in a child JVM: opens a file, edits it, and waits, unsaved, to be killed. */
    public static final class EditingApp {
        public static void main(String[] args) throws Exception {
            RecoveryStore store = new RecoveryStore(Path.of(args[0]));
            Path file = Path.of(args[1]);
            Document doc = new Document(DiagramReader.read(file), file);
            Autosave autosave = new Autosave(store, Runnable::run, QUICK, System.out::println);
            autosave.watch(doc);
            edit(doc);
            autosave.awaitWritten(Duration.ofSeconds(10));
            System.out.println(Files.exists(store.file()) ? "kept" : "not kept");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
