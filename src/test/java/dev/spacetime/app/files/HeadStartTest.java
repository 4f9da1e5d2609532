package dev.spacetime.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.app.document.Editor;
import dev.spacetime.app.document.ViewState;
import dev.spacetime.io.DiagramFiles;
import dev.spacetime.io.DiagramLoadException;
import dev.spacetime.io.DiagramReader;
import dev.spacetime.io.shiviz.ShivizExport;
import dev.spacetime.model.Diagram;
import dev.spacetime.sim.RandomExecution;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A big file named on the command line is opened while JavaFX starts, and the window's background opening
 * takes what was read instead of reading the file again.
 */
class HeadStartTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // the opening hands its diagram over on JavaFX's thread
    }

    private static Diagram random(int events, long seed) {
        return RandomExecution.generate(new RandomExecution.Parameters(4, events, events / 3, 0, seed));
    }

    /** Opens {@code file} as the window does; completes with the event count opened, or the failure's message. */
    private static CompletableFuture<String> openInBackground(Editor editor, Path file) {
        CompletableFuture<String> outcome = new CompletableFuture<>();
        BackgroundOpen opening = new BackgroundOpen(editor, new BackgroundOpen.Busy() {
            @Override
            public void start(String what, Runnable cancel) {
            }

            @Override
            public void stop() {
            }
        });
        WaitForAsyncUtils.asyncFx(() -> opening.open(file, 1, log -> 0,
                () -> outcome.complete("opened " + editor.document().diagram().eventCount()),
                outcome::complete, warning -> { }));
        return outcome;
    }

    @Test
    void theBackgroundOpeningTakesTheLogReadAheadRatherThanReadingItAgain() throws Exception {
        Path file = dir.resolve("run.log");
        Files.writeString(file, ShivizExport.toLog(random(300, 1)));
        HeadStart early = HeadStart.begin(file);
        assertEquals(300, early.document(0).diagram().eventCount());
        // Read again now, the file would give another diagram: the opening must not look at it.
        Files.writeString(file, ShivizExport.toLog(random(40, 2)));
        Editor editor = new Editor(new ViewState());

        assertEquals("opened 300", openInBackground(editor, file).get(30, TimeUnit.SECONDS));
        assertNull(HeadStart.take(file), "handed over once");
        assertEquals("opened 40", openInBackground(editor, file).get(30, TimeUnit.SECONDS), "a later opening reads the file");
    }

    @Test
    void aDiagramFileReadAheadIsOpenedWithItsAnalysisDone() throws Exception {
        Path file = dir.resolve("run.json");
        DiagramFiles.save(random(200, 3), file);
        HeadStart early = HeadStart.begin(file);
        assertTrue(early.document(0).analysis() != null);
        Files.delete(file);

        assertEquals("opened 200", openInBackground(new Editor(new ViewState()), file).get(30, TimeUnit.SECONDS));
    }

    @Test
    void aFileThatCannotBeReadAheadGivesTheReadersReasonAsReadingItWould() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"processes\": [ oops");
        String reason = null;
        try {
            DiagramReader.read(file);
        } catch (DiagramLoadException e) {
            reason = e.getMessage();
        }
        HeadStart.begin(file);

        assertEquals(reason, openInBackground(new Editor(new ViewState()), file).get(30, TimeUnit.SECONDS));
    }

    @Test
    void aHeadStartIsTakenOnlyForItsOwnFile() throws Exception {
        Path file = dir.resolve("run.log");
        Files.writeString(file, ShivizExport.toLog(random(20, 4)));
        HeadStart early = HeadStart.begin(file);

        assertNull(HeadStart.take(dir.resolve("other.log")));
        assertSame(early, HeadStart.take(file));
        assertNull(HeadStart.take(file));
    }
}
