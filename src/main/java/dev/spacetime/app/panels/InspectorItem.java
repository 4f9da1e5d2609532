package dev.spacetime.app.panels;

import dev.spacetime.model.Edit;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

/**
 * One row of the inspector: a value read from the diagram and, when editable, the edit that a new
 * value stands for (or null when the value is refused before any edit is made). Changing it goes through
 * the editor as an undoable command.
 */
public final class InspectorItem implements PropertySheet.Item {
    /** Applies an edit; returns why it was refused, or null. */
    public interface Runner {
        String run(Edit edit);
    }

    private final String category;
    private final String name;
    private final String description;
    private final Object value;
    private final Class<?> type;
    private final Function<Object, Edit> change;
    private final Runner runner;

    InspectorItem(String category, String name, String description, Object value, Class<?> type,
            Function<Object, Edit> change, Runner runner) {
        this.category = category;
        this.name = name;
        this.description = description;
        this.value = value;
        this.type = type;
        this.change = change;
        this.runner = runner;
    }

    static InspectorItem readOnly(String category, String name, String description, Object value) {
        return new InspectorItem(category, name, description, value, String.class, null, null);
    }

    @Override
    public Class<?> getType() {
        return type;
    }

    @Override
    public String getCategory() {
        return category;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Object getValue() {
        return value;
    }

    @Override
    public void setValue(Object newValue) {
        if (change != null && !java.util.Objects.equals(newValue, value)) {
            Edit edit = change.apply(newValue);
            if (edit != null) { // null: the value was refused before any edit could be made
                runner.run(edit);
            }
        }
    }

    @Override
    public boolean isEditable() {
        return change != null;
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.empty();
    }
}
