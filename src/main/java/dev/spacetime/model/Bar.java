package dev.spacetime.model;

import java.util.Objects;
import java.util.Set;

/**
 * A stretch of one process line between two of its events, drawn to pick out a span of the execution
 * (in the mutual exclusion simulation, a process holding the resource); {@code label} may be null.
 */
public record Bar(String from, String to, String label) {
    public Bar {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** This bar with each end that is {@code id} renamed to {@code newId}. */
    Bar renamed(String id, String newId) {
        return new Bar(from.equals(id) ? newId : from, to.equals(id) ? newId : to, label);
    }

    boolean endsAt(Set<String> ids) {
        return ids.contains(from) || ids.contains(to);
    }
}
