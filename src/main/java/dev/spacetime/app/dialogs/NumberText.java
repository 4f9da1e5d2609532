package dev.spacetime.app.dialogs;

import dev.spacetime.model.ReadableNumber;
import javafx.scene.control.Spinner;
import javafx.util.StringConverter;

/**
 * A number field's text: rounded for reading as everywhere else (0.015 stays 0.015, where a spinner's
 * own two decimals would show 0.02), read back as typed.
 */
final class NumberText extends StringConverter<Double> {
    /** Gives each spinner this text. */
    @SafeVarargs
    static void use(Spinner<Double>... spinners) {
        for (Spinner<Double> s : spinners) {
            s.getValueFactory().setConverter(new NumberText());
            s.getEditor().setText(s.getValueFactory().getConverter().toString(s.getValue()));
        }
    }

    @Override
    public String toString(Double value) {
        return value == null ? "" : ReadableNumber.of(value);
    }

    @Override
    public Double fromString(String text) {
        return text == null || text.isBlank() ? null : Double.valueOf(text.strip());
    }
}
