package dev.spacetime.app;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the user has selected: up to two events (two to compare them), or one process, or one
 * message (named by its receive event). View state, never part of the diagram; shared by the canvas,
 * the total-order panel and the inspector. Elements are named by id so a selection survives edits.
 */
final class Selection {
    private final ObservableList<String> events = FXCollections.observableArrayList();
    private final ObservableList<String> eventsView = FXCollections.unmodifiableObservableList(events);
    private final ReadOnlyStringWrapper process = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();

    /** Selected event ids, oldest first, at most two. */
    ObservableList<String> events() {
        return eventsView;
    }

    ReadOnlyStringProperty processProperty() {
        return process.getReadOnlyProperty();
    }

    /** The receive event of the selected message, or null. */
    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Selects just this event. */
    void selectEvent(String id) {
        process.set(null);
        message.set(null);
        if (!events.equals(List.of(id))) {
            events.setAll(id);
        }
    }

    /** Ctrl+click: adds the event as the second of a pair, or removes it if it was selected. */
    void toggleEvent(String id) {
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

    void selectProcess(String name) {
        events.clear();
        message.set(null);
        process.set(name);
    }

    void selectMessage(String receive) {
        events.clear();
        process.set(null);
        message.set(receive);
    }

    void clear() {
        events.clear();
        process.set(null);
        message.set(null);
    }

    boolean isEmpty() {
        return events.isEmpty() && process.get() == null && message.get() == null;
    }

    /** Drops whatever no longer exists after an edit. */
    void retain(java.util.function.Predicate<String> eventExists, java.util.function.Predicate<String> processExists,
            java.util.function.Predicate<String> messageExists) {
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
