package dev.spacetime.app.document;

import dev.spacetime.model.Diagram;
import dev.spacetime.model.Edit;
import dev.spacetime.model.EditRefusedException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Undo and redo for one diagram. Every change is an {@link Edit} that returns its exact inverse, so a
 * command is the edit's name plus the edit that takes it back. The revision counts changes (it goes
 * back down on undo), so "unsaved" is simply revision ≠ saved revision. A change requested while
 * another is being applied is refused rather than interleaved.
 */
public final class CommandStack {
    /** A change done: its name for the Edit menu, the edit that undoes (or redoes) it, and the revision it makes. */
    private record Command(String name, Edit reverse, int revision) {
    }

    private final Diagram diagram;
    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper();
    private int nextRevision = 1;
    private final List<Runnable> listeners = new ArrayList<>();
    private boolean running;

    CommandStack(Diagram diagram) {
        this.diagram = diagram;
    }

    Diagram diagram() {
        return diagram;
    }

    /** Applies an edit as one undoable change; throws {@link EditRefusedException} (diagram untouched) if refused. */
    void run(Edit edit) {
        Edit reverse = apply(edit);
        // A fresh number, so undoing back to a saved state and then making a new change counts as unsaved.
        Command done = new Command(edit.description(), reverse, nextRevision++);
        undo.push(done);
        redo.clear();
        changed(done.revision());
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        Command c = undo.peek();
        Edit again = apply(c.reverse());
        undo.pop();
        redo.push(new Command(c.name(), again, c.revision()));
        changed(undo.isEmpty() ? 0 : undo.peek().revision());
    }

    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        Command c = redo.peek();
        Edit back = apply(c.reverse());
        redo.pop();
        undo.push(new Command(c.name(), back, c.revision()));
        changed(c.revision());
    }

    private Edit apply(Edit edit) {
        if (running) {
            throw new EditRefusedException("another change is still being made");
        }
        running = true;
        try {
            return edit.applyTo(diagram);
        } finally {
            running = false;
        }
    }

    private void changed(int now) {
        undoName.set(undo.isEmpty() ? null : undo.peek().name());
        redoName.set(redo.isEmpty() ? null : redo.peek().name());
        revision.set(now);
        for (Runnable listener : listeners) {
            listener.run();
        }
    }

    /** Runs after every change, undo and redo, even when the revision number comes out the same. */
    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** Changes with every change, undo and redo; equal to an earlier value exactly when the diagram is back to that state. */
    ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    int revision() {
        return revision.get();
    }

    /** The name of the change Undo would take back, or null. */
    public ReadOnlyStringProperty undoNameProperty() {
        return undoName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoNameProperty() {
        return redoName.getReadOnlyProperty();
    }
}
