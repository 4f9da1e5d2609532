package dev.spacetime.app.document;

import dev.spacetime.model.MessageRef;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the user has selected: up to two events (two to compare them), or one process, or one
 * message (named by its two events). View state, never part of the diagram; shared by the canvas,
 * the total-order panel and the inspector. Elements are named by id so a selection survives edits.
 */
public final class Selection {
    private final ObservableList<String> events = FXCollections.observableArrayList();
    private final ObservableList<String> eventsView = FXCollections.unmodifiableObservableList(events);
    private final ReadOnlyStringWrapper process = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<MessageRef> message = new ReadOnlyObjectWrapper<>();

    /** Selected event ids, oldest first, at most two. */
    public ObservableList<String> events() {
        return eventsView;
    }

    public ReadOnlyStringProperty processProperty() {
        return process.getReadOnlyProperty();
    }

    /** The selected message, or null. */
    public ReadOnlyObjectProperty<MessageRef> messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Selects just this event. */
    public void selectEvent(String id) {
        process.set(null);
        message.set(null);
        if (!events.equals(List.of(id))) {
            events.setAll(id);
        }
    }

    /** Ctrl+click: adds the event as the second of a pair, or removes it if it was selected. */
    public void toggleEvent(String id) {
        process.set(null);
        message.set(null);
        if (events.contains(id)) {
            events.remove(id);
        } else if (events.size() < 2) {
            events.add(id);
        } else {
            events.setAll(events.get(1), id);
        }
    }

    public void selectProcess(String name) {
        events.clear();
        message.set(null);
        process.set(name);
    }

    public void selectMessage(MessageRef m) {
        events.clear();
        process.set(null);
        message.set(m);
    }

    public void clear() {
        events.clear();
        process.set(null);
        message.set(null);
    }

    public boolean isEmpty() {
        return events.isEmpty() && process.get() == null && message.get() == null;
    }

    /** Drops whatever no longer exists after an edit. */
    void retain(java.util.function.Predicate<String> eventExists, java.util.function.Predicate<String> processExists,
            java.util.function.Predicate<MessageRef> messageExists) {
        List<String> kept = events.stream().filter(eventExists).toList();
        if (!kept.equals(events)) {
            events.setAll(kept);
        }
        if (process.get() != null && !processExists.test(process.get())) {
            process.set(null);
        }
        if (message.get() != null && !messageExists.test(message.get())) {
            message.set(null);
        }
    }
}
