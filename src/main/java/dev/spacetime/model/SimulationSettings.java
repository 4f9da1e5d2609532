package dev.spacetime.model;

import java.util.Map;

/**
 * The simulation a diagram was made by: its kind (such as "mutex") and the parameters it ran with, as
 * plain JSON values in their order (strings, Long and Double numbers, booleans, lists, maps, null), so
 * that it can be run again. The model does not know the simulations; it only keeps what they say.
 *
 * @param kind which simulation, or null when the file names none
 * @param parameters read-only, in their order
 */
public record SimulationSettings(String kind, Map<String, Object> parameters) {
    public SimulationSettings {
        parameters = JsonValues.frozen(parameters == null ? Map.of() : parameters);
    }

    /** The parameter named {@code name}, or null. */
    public Object parameter(String name) {
        return parameters.get(name);
    }
}
