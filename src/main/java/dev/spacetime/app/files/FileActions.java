package dev.spacetime.app.files;

import dev.spacetime.app.document.Document;
import dev.spacetime.app.document.Editor;
import dev.spacetime.io.DiagramFiles;
import dev.spacetime.io.DiagramLoadException;
import dev.spacetime.io.DiagramReader;
import dev.spacetime.io.shiviz.LogLosses;
import dev.spacetime.io.shiviz.ShivizFiles;
import dev.spacetime.io.shiviz.ShivizLog;
import dev.spacetime.io.shiviz.SkippedText;
import dev.spacetime.model.Diagram;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * New, Open, Save and Save As, with a question before unsaved changes would be lost. Saving is
 * atomic (a temporary file moved into place), and a file that fails to load leaves the diagram on
 * screen as it was and shows the loader's message.
 */
public final class FileActions {
    private final Stage stage;
    private final Editor editor;
    private final RecentFiles recent;
    private final Runnable recentChanged;
    private final BackgroundOpen background;
    private final Consumer<String> warned;
    private Consumer<dev.spacetime.exercise.Exercise> exercises = ex -> { };

    /**
     * @param busy   what the window does while a big file is opened in the background
     * @param warned shows a line about a file that opened but not quite as written (text of a log skipped)
     */
    public FileActions(Stage stage, Editor editor, RecentFiles recent, Runnable recentChanged, BackgroundOpen.Busy busy,
            Consumer<String> warned) {
        this.stage = stage;
        this.editor = editor;
        this.recent = recent;
        this.recentChanged = recentChanged;
        this.background = new BackgroundOpen(editor, busy);
        this.warned = warned;
    }

    /** Where an exercise file opened goes: Practice, which opens it as an exercise. */
    public void openExercisesWith(Consumer<dev.spacetime.exercise.Exercise> exercises) {
        this.exercises = exercises;
    }

    public RecentFiles recent() {
        return recent;
    }

    public void newDiagram() {
        if (mayDiscard()) {
            editor.open(new Document(new Diagram(), null));
        }
    }

    public void chooseAndOpen() {
        if (!mayDiscard()) {
            return;
        }
        FileChooser chooser = chooser("Open a diagram");
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            load(chosen.toPath());
        }
    }

    /** Opens a file after asking about unsaved changes (recent files, drag and drop). */
    public void open(Path file) {
        if (mayDiscard()) {
            load(file);
        }
    }

    /**
     * Loads without asking: true when it opened, false when the loader refused it (the message is shown).
     * A big file is opened in the background (see {@link BackgroundOpen}): true then means it is opening.
     */
    public boolean load(Path file) {
        if (background.opening()) {
            return false; // a dropped file while another opens: the window says it is busy
        }
        long bytes = sizeOf(file);
        if (bytes >= BackgroundOpen.FROM_BYTES) {
            background.open(file, bytes, this::chooseExecution, () -> remember(file),
                    message -> error("The diagram could not be opened", message), warned);
            return true;
        }
        try {
            if (ExerciseFile.isExercise(file)) {
                exercises.accept(dev.spacetime.io.exercise.ExerciseReader.read(file));
                remember(file);
                return true;
            }
            if (ShivizFiles.isLog(file)) {
                return importLog(file);
            }
            Diagram d = DiagramReader.read(file);
            editor.open(new Document(d, file));
            remember(file);
            return true;
        } catch (DiagramLoadException e) {
            error(ExerciseFile.isExercise(file) ? "The exercise could not be opened" : "The diagram could not be opened",
                    e.getMessage());
            return false;
        }
    }

    /**
     * Opens one execution of a ShiViz log (asking which when there are several). The result belongs to
     * no diagram file yet, so Save asks where to put it rather than overwriting the log.
     */
    private boolean importLog(Path file) throws DiagramLoadException {
        ShivizLog log = ShivizFiles.read(file);
        int chosen = log.executions().size() == 1 ? 0 : chooseExecution(log);
        if (chosen < 0) {
            return false;
        }
        Diagram d = ShivizFiles.importExecution(file, log, chosen);
        editor.open(new Document(d, null));
        remember(file);
        SkippedText skipped = log.executions().get(chosen).skipped();
        if (!skipped.isEmpty()) {
            warned.accept(skipped.summary()); // after opening, which clears the status line
        }
        return true;
    }

    /** Asks which of a log's executions to open: its index, or -1 when the user cancelled. */
    private int chooseExecution(ShivizLog log) {
        List<String> names = log.executions().stream().map(x -> x.name() + " (" + x.size() + " events)").toList();
        ChoiceDialog<String> ask = new ChoiceDialog<>(names.get(0), names);
        ask.initOwner(stage);
        ask.setTitle("Spacetime");
        ask.setHeaderText("The log holds " + names.size() + " executions. Which one?");
        Optional<String> answer = ask.showAndWait();
        return answer.map(names::indexOf).orElse(-1);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // the loader will say what is wrong with it
        }
    }

    /** Writes the diagram as a ShiViz log, saying in the status line what a log cannot hold (external messages, ids, …). */
    public void exportLog() {
        Document doc = editor.document();
        if (doc == null) {
            return;
        }
        FileChooser chooser = chooser("Export as a ShiViz log");
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("ShiViz logs (*.log)", "*.log"));
        chooser.setInitialFileName(doc.displayName().replaceAll("[^\\w.-]+", "-") + ".log");
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            try {
                ShivizFiles.write(doc.diagram(), chosen.toPath());
                List<String> lost = LogLosses.of(doc.diagram());
                if (!lost.isEmpty()) {
                    warned.accept("Wrote " + chosen.getName() + "; " + String.join("; ", lost));
                }
            } catch (IOException e) {
                error("The log could not be written", e.getMessage());
            }
        }
    }

    /** Saves to the document's file, or asks for one; false when the user cancelled or saving failed. */
    public boolean save() {
        Document doc = editor.document();
        if (doc == null) {
            return false;
        }
        return doc.file() == null ? saveAs() : saveTo(doc.file());
    }

    public boolean saveAs() {
        Document doc = editor.document();
        if (doc == null) {
            return false;
        }
        FileChooser chooser = chooser("Save the diagram");
        chooser.setInitialFileName(doc.file() == null ? "diagram.json" : String.valueOf(doc.file().getFileName()));
        File chosen = chooser.showSaveDialog(stage);
        if (chosen == null) {
            return false;
        }
        Path target = chosen.toPath();
        if (!target.getFileName().toString().contains(".")) {
            target = target.resolveSibling(target.getFileName() + ".json");
        }
        return saveTo(target);
    }

    boolean saveTo(Path target) {
        Document doc = editor.document();
        try {
            DiagramFiles.save(doc.diagram(), target);
            doc.markSaved(target);
            remember(target);
            return true;
        } catch (IOException e) {
            error("The diagram could not be saved", target + ": " + e.getMessage()
                    + "\n\nThe file on disk was left as it was.");
            return false;
        }
    }

    /** True when there are no unsaved changes, or the user saved them or chose to drop them. */
    public boolean mayDiscard() {
        Document doc = editor.document();
        if (doc == null || !doc.unsaved()) {
            return true;
        }
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType drop = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", save, drop, ButtonType.CANCEL);
        ask.initOwner(stage);
        ask.setTitle("Spacetime");
        ask.setHeaderText("Save the changes to " + doc.displayName() + "?");
        ask.setContentText("Your changes are lost if you don't save them.");
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        return answer.get() == drop || save();
    }

    private void remember(Path file) {
        recent.add(file);
        recentChanged.run();
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Diagrams and ShiViz logs", "*.json", "*.log", "*.txt", "*.shiviz"),
                new FileChooser.ExtensionFilter("Spacetime diagrams (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("ShiViz logs (*.log, *.txt)", "*.log", "*.txt", "*.shiviz"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        Document doc = editor.document();
        File dir = doc != null && doc.file() != null ? doc.file().toAbsolutePath().getParent().toFile()
                : InitialDiagram.DEFAULT.toAbsolutePath().getParent().toFile();
        if (dir.isDirectory()) {
            chooser.setInitialDirectory(dir);
        }
        return chooser;
    }

    /** A message in a dialog the user can read and copy. */
    public void error(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle("Spacetime");
        alert.setHeaderText(header);
        TextArea area = new TextArea(text);
        area.setId("problem-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(8);
        alert.getDialogPane().setContent(area);
        alert.show();
    }
}
