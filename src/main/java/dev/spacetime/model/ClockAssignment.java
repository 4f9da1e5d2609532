package dev.spacetime.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A diagram's own clock assignment taken whole, so that clearing it can be undone exactly: its name,
 * its values by event id in their order, and the place its part had among the diagram's annotations.
 */
public record ClockAssignment(String name, Map<String, Double> values, int place) {
    public ClockAssignment {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
