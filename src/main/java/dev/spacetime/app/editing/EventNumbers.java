package dev.spacetime.app.editing;

import dev.spacetime.model.CompoundEdit;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.Edit;
import dev.spacetime.model.RenameEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Event ids that count along their process, as the paper names them: p1, p2, p3 up process P. An id
 * "follows the pattern" when it is the process's name in lower case and a number (p7 on P, alice3 on
 * Alice, n2_4 on N2). Renumbering gives every such id the number of its place on the line and leaves
 * other ids ("request", "start") as they are; an event inserted into a line numbered in order takes
 * the number of its place, and the later ones move up by one, so the line stays in order.
 */
public final class EventNumbers {
    private EventNumbers() {
    }

    /** What Edit → Renumber events does: the edit, or why there is nothing to do. */
    public record Renumbering(Edit edit, String refusal) {
    }

    /** The part of an id before its number on process p: its name in lower case, without punctuation. */
    static String prefix(Diagram d, int p) {
        String prefix = d.processName(p).toLowerCase().replaceAll("[^\\p{L}\\p{N}_]", "");
        if (prefix.isEmpty()) {
            prefix = "e";
        }
        // "n21" on N2 would read as event 21 of N, so a name ending in a digit gets a separator.
        return Character.isDigit(prefix.charAt(prefix.length() - 1)) ? prefix + "_" : prefix;
    }

    /** The number in an id that follows process p's pattern, or -1 when it does not follow it. */
    static int number(Diagram d, int p, String id) {
        String prefix = prefix(d, p);
        if (!id.startsWith(prefix) || id.length() == prefix.length() || id.length() - prefix.length() > 9) {
            return -1;
        }
        for (int i = prefix.length(); i < id.length(); i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(id.substring(prefix.length()));
    }

    /** Whether process p's events are exactly p1, p2, … pn in order along the line. */
    static boolean inOrder(Diagram d, int p) {
        String prefix = prefix(d, p);
        for (int i = 0; i < d.eventCount(p); i++) {
            if (!d.eventId(d.eventAt(p, i)).equals(prefix + (i + 1))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Edit → Renumber events: each id that follows its process's pattern gets the number of its place
     * along the line (counting every event there, so p3 is always the third), as one step of undo.
     * Refused when no id follows the pattern, when all are in order already, or when a new id is
     * taken by an event named otherwise.
     */
    public static Renumbering renumber(Diagram d) {
        Map<String, String> renames = new LinkedHashMap<>(); // old id → new id
        boolean anyNumbered = false;
        for (int p = 0; p < d.processCount(); p++) {
            String prefix = prefix(d, p);
            for (int i = 0; i < d.eventCount(p); i++) {
                String id = d.eventId(d.eventAt(p, i));
                if (number(d, p, id) < 0) {
                    continue;
                }
                anyNumbered = true;
                String wanted = prefix + (i + 1);
                if (!wanted.equals(id)) {
                    renames.put(id, wanted);
                }
            }
        }
        if (!anyNumbered) {
            return new Renumbering(null, "no event is named after its process and a number (like p1, p2 on P), "
                    + "so there is nothing to renumber");
        }
        if (renames.isEmpty()) {
            return new Renumbering(null, "the events are already numbered in order along each process");
        }
        Map<String, String> byTarget = new java.util.HashMap<>();
        for (Map.Entry<String, String> r : renames.entrySet()) {
            String other = byTarget.putIfAbsent(r.getValue(), r.getKey());
            if (other != null) {
                return new Renumbering(null, other + " and " + r.getKey() + " would both become " + r.getValue()
                        + ": two processes number their events alike; rename one of the processes first");
            }
        }
        for (Map.Entry<String, String> r : renames.entrySet()) {
            int holder = d.findEvent(r.getValue());
            if (holder >= 0 && !renames.containsKey(r.getValue())) {
                return new Renumbering(null, r.getKey() + " cannot become " + r.getValue() + ": an event on "
                        + d.processName(d.processOf(holder)) + " is called that; rename it first");
            }
        }
        return new Renumbering(new CompoundEdit("Renumber events", viaSpareIds(d, renames)), null);
    }

    /**
     * The edits that make a line numbered in order stay so when an event is added at {@code position}:
     * run after the {@code AddEvent} that gave the new event {@code newId} (the line's next number),
     * they move the later events up by one and give the new one the number of its place. Empty when
     * the line was not numbered in order before, or the event went at its end.
     *
     * @param d the diagram before the event was added
     */
    static List<Edit> keepInOrder(Diagram d, int p, int position, String newId) {
        String prefix = prefix(d, p);
        int n = d.eventCount(p);
        if (position >= n || !inOrder(d, p) || !newId.equals(prefix + (n + 1))) {
            return List.of();
        }
        Map<String, String> renames = new LinkedHashMap<>();
        renames.put(newId, prefix + (position + 1));
        for (int i = n; i > position; i--) {
            renames.put(prefix + i, prefix + (i + 1));
        }
        return viaSpareIds(d, renames);
    }

    /** The renames, each first to a spare id nobody has, so that swapping ids round never meets a taken one. */
    private static List<Edit> viaSpareIds(Diagram d, Map<String, String> renames) {
        List<Edit> first = new ArrayList<>();
        List<Edit> then = new ArrayList<>();
        int k = 0;
        for (Map.Entry<String, String> r : renames.entrySet()) {
            String spare;
            do {
                spare = "renumbering " + (++k);
            } while (d.findEvent(spare) >= 0);
            first.add(new RenameEvent(r.getKey(), spare));
            then.add(new RenameEvent(spare, r.getValue()));
        }
        first.addAll(then);
        return first;
    }
}
