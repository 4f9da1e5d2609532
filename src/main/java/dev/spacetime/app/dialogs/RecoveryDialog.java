package dev.spacetime.app.dialogs;

import dev.spacetime.app.canvas.DiagramCanvas;
import dev.spacetime.app.document.Document;
import dev.spacetime.app.document.Editor;
import dev.spacetime.app.document.ViewState;
import dev.spacetime.app.files.RecoveryCheck;
import dev.spacetime.app.files.RecoveryStore;
import dev.spacetime.io.DiagramLoadException;
import dev.spacetime.io.DiagramReader;
import dev.spacetime.layout.SpacingFit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/**
 * The question asked at start when an app that did not close properly left unsaved work: restore it,
 * show it beside the file it belongs to, discard it, or decide later. Also the window that shows the
 * file on disk for comparing.
 */
public final class RecoveryDialog implements RecoveryCheck.Chooser {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private final Stage owner;

    public RecoveryDialog(Stage owner) {
        this.owner = owner;
    }

    @Override
    public RecoveryCheck.Choice choose(RecoveryStore.Recovered work) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType both = new ButtonType("Show both", ButtonBar.ButtonData.OTHER);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType("Later", ButtonBar.ButtonData.CANCEL_CLOSE);
        boolean comparable = work.source() != null && Files.isRegularFile(work.source());
        Alert ask = comparable ? new Alert(Alert.AlertType.CONFIRMATION, "", restore, both, discard, later)
                : new Alert(Alert.AlertType.CONFIRMATION, "", restore, discard, later);
        ask.initOwner(owner);
        ask.setTitle("Spacetime");
        ask.setHeaderText("Spacetime did not close properly. Restore the unsaved work?");
        var d = work.diagram();
        String title = d.title().isBlank() ? (work.source() == null ? "Untitled" : String.valueOf(work.source().getFileName()))
                : d.title();
        ask.setContentText(title + ": " + d.processCount() + " processes, " + d.eventCount() + " events, kept "
                + WHEN.format(work.savedAt()) + ".\n"
                + (work.source() == null ? "It was never saved to a file." : "Its file, " + work.source()
                        + ", does not have these changes.")
                + "\n\nRestore opens it, unsaved; " + (comparable ? "Show both also opens the saved file in a second "
                        + "window, to compare; " : "") + "Discard deletes it; Later keeps it for the next start.");
        Map<ButtonType, RecoveryCheck.Choice> choices = Map.of(restore, RecoveryCheck.Choice.RESTORE,
                both, RecoveryCheck.Choice.SHOW_BOTH, discard, RecoveryCheck.Choice.DISCARD,
                later, RecoveryCheck.Choice.LATER);
        return ask.showAndWait().map(choices::get).orElse(RecoveryCheck.Choice.LATER);
    }

    /**
     * A second window showing {@code file} as it is on disk, to compare with the restored work; the
     * file's problem instead when it no longer loads.
     */
    public static String showSaved(Stage owner, Path file) {
        try {
            var saved = DiagramReader.read(file);
            Editor viewer = new Editor(new ViewState());
            DiagramCanvas canvas = new DiagramCanvas();
            canvas.follow(viewer.pictureProperty());
            viewer.measureWindowWith(() -> canvas.canvas().getWidth() <= 0 ? null
                    : new SpacingFit.Window(canvas.canvas().getWidth(), canvas.canvas().getHeight(), canvas.margins(),
                            canvas.textFactor()));
            Stage window = new Stage();
            window.initOwner(owner);
            window.setTitle(file.getFileName() + " as saved (for comparing) — Spacetime");
            window.setScene(new Scene(canvas, 800, 600));
            viewer.open(new Document(saved, file));
            window.show();
            viewer.fitSpacing();
            return null;
        } catch (DiagramLoadException e) {
            return e.getMessage();
        }
    }
}
