package dev.spacetime.app.document;

import dev.spacetime.causality.Analysis;
import dev.spacetime.model.Diagram;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One open diagram: its edits with undo, the file it belongs to (null until saved), and whether it
 * changed since it was opened or saved. The analysis is derived data, recomputed after each change.
 */
public final class Document {
    private final CommandStack commands;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final IntegerProperty savedRevision = new SimpleIntegerProperty();
    private final BooleanBinding unsaved;
    private Analysis analysis;
    private int analysed = -1;
    private int changes;
    private RunVerdict verdict;

    /**
     * A document as it was opened or made: not unsaved until it is edited, whether it came from a
     * diagram file, a log read from disk (no diagram file yet, so saving asks for a name) or a
     * simulation run (made again from its parameters at will).
     *
     * @param file the diagram file it belongs to, or null when it has none yet
     */
    public Document(Diagram diagram, Path file) {
        this.commands = new CommandStack(diagram);
        this.file.set(file);
        savedRevision.set(0);
        unsaved = Bindings.notEqual(commands.revisionProperty(), savedRevision);
        commands.onChange(() -> changes++);
    }

    /**
     * Work brought back after a crash: unsaved from the start (it is not in {@code file}, if it has
     * one), with nothing to undo.
     */
    public static Document recovered(Diagram diagram, Path file) {
        Document doc = new Document(diagram, file);
        doc.savedRevision.set(-1); // no revision is ever -1: unsaved until it is saved
        return doc;
    }

    /** Runs after every change to the diagram, undo and redo included (autosave listens). */
    public void onChange(Runnable listener) {
        commands.onChange(listener);
    }

    /** What checking the simulation's run that made this diagram found, or null (no such run, or none checked). */
    public RunVerdict verdict() {
        return verdict;
    }

    /** Keeps what checking the run found; set once, when the document is made or opened. */
    public void setVerdict(RunVerdict verdict) {
        this.verdict = verdict;
    }

    /** Whether the diagram has been changed by an edit since it was opened (undone edits do not count). */
    public boolean edited() {
        return commands.revision() != 0;
    }

    public Diagram diagram() {
        return commands.diagram();
    }

    public CommandStack commands() {
        return commands;
    }

    /** The causality of the diagram as it is now. */
    public Analysis analysis() {
        if (analysis == null || analysed != changes) {
            analysis = Analysis.of(diagram());
            analysed = changes;
        }
        return analysis;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public Path file() {
        return file.get();
    }

    /** True when the diagram differs from what was last opened or saved. */
    public BooleanBinding unsavedProperty() {
        return unsaved;
    }

    public boolean unsaved() {
        return unsaved.get();
    }

    /** Records that the diagram as it is now is in {@code saved}. */
    public void markSaved(Path saved) {
        file.set(saved);
        savedRevision.set(commands.revision());
    }

    /** The name the title bar shows: the diagram's title, else the file name, else "Untitled". */
    public String displayName() {
        if (!diagram().title().isBlank()) {
            return diagram().title();
        }
        Path f = file.get();
        return f == null ? "Untitled" : String.valueOf(f.getFileName());
    }
}
