package dev.spacetime.drawing;

import dev.spacetime.causality.EventGraph;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.model.Diagram;
import java.util.List;
import java.util.Map;

/**
 * What a diagram's {@code view} asks to be shown besides its events and messages, as written by the
 * simulations: {@code "bars"}, stretches of a process line between two of its events (a process
 * holding the resource), and {@code "stepNotes"}, a line of text per event that the step-through shows
 * beside the process's clock once that event has happened (its request queue, say).
 */
public final class ViewNotes {
    private ViewNotes() {
    }

    static void bars(DiagramLayout layout, List<Shape> shapes) {
        EventGraph g = layout.analysis().graph();
        Map<String, Object> view = g.diagram().view();
        if (view == null || !(view.get("bars") instanceof List<?> bars)) {
            return;
        }
        for (Object o : bars) {
            if (!(o instanceof Map<?, ?> bar)) {
                continue;
            }
            int from = g.indexOf(String.valueOf(bar.get("from")));
            int to = g.indexOf(String.valueOf(bar.get("to")));
            if (from >= 0 && to >= 0 && g.process(from) == g.process(to)) {
                shapes.add(new Shape.Line(layout.eventX(from), layout.eventY(from), layout.eventX(to), layout.eventY(to),
                        false, Role.BAR));
            }
        }
    }

    /** The note kept for an event, or null. */
    public static String stepNote(Diagram d, String eventId) {
        Map<String, Object> view = d.view();
        if (view == null || !(view.get("stepNotes") instanceof Map<?, ?> notes)) {
            return null;
        }
        Object note = notes.get(eventId);
        return note == null ? null : note.toString();
    }
}
