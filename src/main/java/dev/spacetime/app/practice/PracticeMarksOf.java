package dev.spacetime.app.practice;

import dev.spacetime.causality.Analysis;
import dev.spacetime.drawing.PracticeMarks;
import dev.spacetime.exercise.Marking;
import dev.spacetime.exercise.QuestionKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the diagram draws for a practice session: its answer at the dots, and the marking of the last Check. */
final class PracticeMarksOf {
    private PracticeMarksOf() {
    }

    /** @param focus the item whose explanation is being read, or null */
    static PracticeMarks of(PracticeSession s, Analysis a, Marking.Item focus) {
        QuestionKind kind = s.kind();
        Map<Integer, String> labels = new HashMap<>();
        for (int e = 0; e < a.eventCount(); e++) {
            String id = a.id(e);
            if (kind == QuestionKind.LAMPORT) {
                String c = s.typed(id);
                labels.put(e, id + "  C=" + (c.isEmpty() ? "?" : c));
            } else if (kind == QuestionKind.VECTOR) {
                String v = s.typed(id);
                labels.put(e, id + "  " + (v.isEmpty() ? "V=?" : v));
            }
        }
        Set<Integer> marked = indices(a, s.exercise().question().marked());
        Set<Integer> chosen = indices(a, s.given().cone());
        Map<Integer, Integer> numbers = new HashMap<>();
        List<String> order = s.given().order();
        for (int k = 0; k < order.size(); k++) {
            numbers.put(a.indexOf(order.get(k)), k + 1);
        }
        Set<Integer> right = new HashSet<>();
        Set<Integer> wrong = new HashSet<>();
        Marking m = s.marking();
        if (m != null) {
            for (Marking.Item item : m.items()) {
                for (int e : ringed(s, a, item)) {
                    (item.right() ? right : wrong).add(e);
                }
            }
            right.removeAll(wrong); // an event right in one place and wrong in another is wrong
        }
        int focused = focus == null ? -1 : ringed(s, a, focus).stream().findFirst().orElse(-1);
        boolean reveal = s.shown() || kind == QuestionKind.RELATION && m != null && !m.allRight();
        return new PracticeMarks(labels, marked, chosen, numbers, right, wrong, focused, reveal);
    }

    /** The events an item is drawn at: its event, the event given at its place, the pair, or an order's culprits. */
    static List<Integer> ringed(PracticeSession s, Analysis a, Marking.Item item) {
        return switch (s.kind()) {
            case LAMPORT, VECTOR, CONE -> known(a, List.of(item.subject()));
            case ORDER -> {
                int place = Integer.parseInt(item.subject().substring("place ".length())) - 1;
                List<String> order = s.given().order();
                yield place < order.size() ? known(a, List.of(order.get(place))) : List.of();
            }
            case RELATION -> known(a, s.exercise().question().marked());
            case LINEARIZATION -> item.right() ? List.of() : known(a, item.events());
        };
    }

    private static List<Integer> known(Analysis a, java.util.Collection<String> ids) {
        return ids.stream().map(a::indexOf).filter(e -> e >= 0).toList();
    }

    private static Set<Integer> indices(Analysis a, java.util.Collection<String> ids) {
        return new HashSet<>(known(a, ids));
    }
}
