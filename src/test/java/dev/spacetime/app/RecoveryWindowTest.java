package dev.spacetime.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.app.document.Document;
import dev.spacetime.app.files.RecoveryCheck;
import dev.spacetime.app.files.RecoveryStore;
import dev.spacetime.io.DiagramFiles;
import dev.spacetime.model.AddProcess;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.DiagramBuilder;
import dev.spacetime.testing.FxThread;
import dev.spacetime.testing.MemoryPreferences;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window started where a killed app left unsaved work: it asks (the dialog's answer given by
 * the test), restores the work unsaved with nothing to undo, keeps its own edits for recovery, and
 * removes them when it closes cleanly.
 */
class RecoveryWindowTest {
    @Test
    void aStartOffersWorkLeftBehindAndAStopRemovesItsOwn() throws Exception {
        Path folder = RecoveryStore.userFolder();
        Files.createDirectories(folder);
        DiagramBuilder b = new DiagramBuilder(4);
        b.title("kept after a crash");
        int p = b.addProcess("P");
        b.addEvent(p, "p1", "before\nthe crash", 1);
        Diagram work = b.build();
        Path left = folder.resolve("recovery-999999999-1.json"); // an app no longer running
        DiagramFiles.save(work, left);
        List<String> asked = new ArrayList<>();
        Stage stage = FxToolkit.registerPrimaryStage();
        SpacetimeApp app = AppWindow.start(new MemoryPreferences(), a -> a.chooseRecoveryWith(w -> {
            asked.add(w.diagram().title());
            return RecoveryCheck.Choice.RESTORE;
        }));
        try {
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of("kept after a crash"), asked);
            Document doc = FxThread.call(() -> app.editor().document());
            assertTrue(doc.diagram().sameContent(work));
            assertTrue(doc.unsaved());
            assertFalse(doc.commands().canUndo());
            assertEquals("• kept after a crash (unsaved) — Spacetime", FxThread.call(stage::getTitle));
            assertFalse(Files.exists(left), "restored work is no longer left behind");
            FxThread.call(() -> app.editor().run(new AddProcess(1, "Q")));
            Path mine = app.recovery().file();
            long until = System.currentTimeMillis() + 15_000;
            while (!Files.exists(mine) && System.currentTimeMillis() < until) {
                Thread.sleep(100);
            }
            assertTrue(Files.exists(mine), "the window's unsaved work is kept");
        } finally {
            AppWindow.stop(app);
            Files.deleteIfExists(left); // never left for another test's start
        }
        assertFalse(Files.exists(app.recovery().file()), "a clean close removes it");
    }
}
