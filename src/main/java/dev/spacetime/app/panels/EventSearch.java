package dev.spacetime.app.panels;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.EventGraph;
import dev.spacetime.model.Diagram;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds events by text: the words match an event's id, its label or any of its fields (a log's named
 * groups), ignoring case; {@code name:words} looks in that field only ({@code id:}, {@code label:},
 * {@code process:} or a log field such as {@code date:}). Matches come in the total order ⇒, so
 * next and previous walk through the execution. No JavaFX, so it is unit tested.
 */
public final class EventSearch {
    private EventSearch() {
    }

    static int[] find(Analysis a, String query) {
        String q = query.strip();
        if (q.isEmpty()) {
            return new int[0];
        }
        String field = null;
        int colon = q.indexOf(':');
        if (colon > 0 && q.substring(0, colon).matches("[A-Za-z][A-Za-z0-9]*")) {
            field = q.substring(0, colon).toLowerCase(Locale.ROOT);
            q = q.substring(colon + 1).strip();
        }
        String words = q.toLowerCase(Locale.ROOT);
        EventGraph g = a.graph();
        Diagram d = g.diagram();
        Map<?, ?> fields = d.annotations().fields();
        List<Integer> found = new ArrayList<>();
        for (int r = 0; r < a.eventCount(); r++) {
            int e = a.totalOrder().at(r);
            if (matches(g, d, fields, e, field, words)) {
                found.add(e);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean matches(EventGraph g, Diagram d, Map<?, ?> fields, int e, String field, String words) {
        String id = g.id(e);
        String label = d.eventLabel(g.handle(e));
        Map<?, ?> own = fields.get(id) instanceof Map<?, ?> m ? m : Map.of();
        if (field == null) {
            if (contains(id, words) || contains(label, words)) {
                return true;
            }
            return own.values().stream().anyMatch(v -> contains(String.valueOf(v), words));
        }
        return switch (field) {
            case "id" -> contains(id, words);
            case "label" -> contains(label, words);
            case "process" -> contains(d.processName(g.process(e)), words);
            default -> own.entrySet().stream().anyMatch(en -> String.valueOf(en.getKey()).equalsIgnoreCase(field)
                    && contains(String.valueOf(en.getValue()), words));
        };
    }

    private static boolean contains(String text, String words) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(words);
    }
}
