package dev.spacetime.model;

import java.util.ArrayList;
import java.util.List;

/** Several edits applied as one; if any is refused, those already applied are undone. */
public record CompoundEdit(String description, List<Edit> parts) implements Edit {
    public CompoundEdit {
        parts = List.copyOf(parts);
    }

    @Override
    public Edit applyTo(Diagram d) {
        List<Edit> inverses = new ArrayList<>(parts.size());
        try {
            for (Edit part : parts) {
                inverses.add(0, part.applyTo(d));
            }
        } catch (EditRefusedException refused) {
            for (Edit inverse : inverses) {
                inverse.applyTo(d);
            }
            throw refused;
        }
        return new CompoundEdit(description, inverses);
    }
}
