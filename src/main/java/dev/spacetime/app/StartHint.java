package dev.spacetime.app;

import dev.spacetime.app.canvas.DiagramCanvas;
import dev.spacetime.app.document.Document;
import dev.spacetime.app.document.Editor;
import java.util.List;
import javafx.scene.input.KeyCombination;

/**
 * How to start, painted in the middle of an empty diagram until its first process exists: the keys
 * and gestures that add a process, an event and a message. The keys are the menu's own.
 */
final class StartHint {
    private StartHint() {
    }

    /** Shows the hint on the canvas whenever the open diagram has no process, from now on. */
    static void show(Editor editor, DiagramCanvas canvas) {
        Runnable update = () -> {
            Document doc = editor.document();
            canvas.setHint(doc != null && doc.diagram().processCount() == 0 ? lines() : List.of());
        };
        editor.onRefresh(update);
        update.run();
    }

    static List<String> lines() {
        return List.of(
                "An empty diagram. To start:",
                keys(MainMenu.ADD_PROCESS) + " (Edit → Add process) adds a process line",
                "Click a process line to add an event there",
                "Drag from an event to another line to send a message",
                "Right-click for more · " + keys("F1") + " lists every key");
    }

    private static String keys(String accelerator) {
        return KeyCombination.keyCombination(accelerator).getDisplayText();
    }
}
