package dev.spacetime.app.dialogs;

import java.util.function.Function;
import javafx.util.StringConverter;

/** A choice box's converter that shows each choice in words rather than its constant's name. */
final class Words<T> extends StringConverter<T> {
    private final Function<T, String> label;

    private Words(Function<T, String> label) {
        this.label = label;
    }

    static <T> Words<T> of(Function<T, String> label) {
        return new Words<>(label);
    }

    @Override
    public String toString(T value) {
        return value == null ? "" : label.apply(value);
    }

    @Override
    public T fromString(String text) {
        throw new UnsupportedOperationException("a choice is picked, not typed");
    }
}
