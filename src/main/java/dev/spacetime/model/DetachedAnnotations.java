package dev.spacetime.model;

import java.util.List;
import java.util.Map;

/**
 * The annotations taken off events that were removed, each with the place it had, so that an undo
 * puts every one back exactly where it was: the events' fields, step notes and assigned clock values,
 * and the bars that ended at them. Places are ascending in each list.
 */
public record DetachedAnnotations(List<Placed<Map<String, String>>> fields, List<Placed<String>> stepNotes,
        List<Placed<Bar>> bars, List<Placed<Double>> clocks) {
    /** Nothing taken. */
    public static final DetachedAnnotations NONE = new DetachedAnnotations(List.of(), List.of(), List.of(), List.of());

    public DetachedAnnotations(List<Placed<Map<String, String>>> fields, List<Placed<String>> stepNotes,
            List<Placed<Bar>> bars) {
        this(fields, stepNotes, bars, List.of());
    }

    /**
     * One annotation and its place among its kind.
     *
     * @param eventId the event it belongs to; null for a bar, which names its own ends
     */
    public record Placed<T>(int index, String eventId, T value) {
    }

    public DetachedAnnotations {
        fields = List.copyOf(fields);
        stepNotes = List.copyOf(stepNotes);
        bars = List.copyOf(bars);
        clocks = List.copyOf(clocks);
    }
}
