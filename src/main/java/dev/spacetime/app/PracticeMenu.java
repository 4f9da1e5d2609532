package dev.spacetime.app;

import dev.spacetime.app.document.Editor;
import dev.spacetime.app.document.Feedback;
import dev.spacetime.app.files.FileActions;
import dev.spacetime.app.practice.ExerciseDialogs;
import dev.spacetime.app.practice.Practice;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** The Practice menu: a new exercise, one on the open diagram, Check, Hint, Show answer, Leave practice. */
final class PracticeMenu {
    private PracticeMenu() {
    }

    static Menu of(Practice practice, ExerciseDialogs dialogs, Editor editor, FileActions files, Feedback feedback) {
        MenuItem fresh = MainMenu.item("New exercise…", "Shortcut+Alt+N", () -> {
            if (practice.session() != null || files.mayDiscard()) {
                dialogs.newExercise().ifPresent(practice::start);
            }
        });
        fresh.setId("new-exercise-item");
        MenuItem own = MainMenu.item("Practise on this diagram…", "Shortcut+Alt+D", () -> {
            if (practice.session() != null) {
                feedback.done("An exercise is open: Practice → Leave practice first, then practise on your diagram");
            } else if (editor.document() != null && files.mayDiscard()) {
                // Asked first, as the window closing while practising would not ask about the diagram behind.
                dialogs.onDiagram(editor.document().diagram()).ifPresent(practice::start);
            }
        });
        own.setId("practise-own-item");
        MenuItem check = MainMenu.item("Check", "Shortcut+Enter", practice::check);
        check.setId("check-item");
        MenuItem hint = MainMenu.item("Hint", "Shortcut+Alt+H", practice::hint);
        MenuItem show = MainMenu.item("Show answer", "Shortcut+Alt+W", practice::showAnswer);
        MenuItem leave = MainMenu.item("Leave practice", "Shortcut+Alt+L", practice::leave);
        for (MenuItem item : new MenuItem[] {check, hint, show, leave}) {
            item.disableProperty().bind(practice.sessionProperty().isNull());
        }
        return new Menu("Practice", null, fresh, own, new SeparatorMenuItem(), check, hint, show, leave);
    }
}
