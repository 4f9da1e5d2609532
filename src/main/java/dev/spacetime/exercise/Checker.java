package dev.spacetime.exercise;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.EventGraph;
import java.util.ArrayList;
import java.util.List;

/**
 * Marks an answer against the analysis of the exercise's diagram, item by item, and explains every
 * wrong item in the paper's words: the rule (IR1, IR2, the vector rule, →, ⇒) and the values that give
 * the right answer. Never just "wrong".
 */
public final class Checker {
    private Checker() {
    }

    /**
     * @throws IllegalArgumentException when the answer is to another kind of question
     */
    public static Marking check(Exercise exercise, Answer given) {
        if (given.kind() != exercise.kind()) {
            throw new IllegalArgumentException("a " + given.kind().word() + " answer does not answer a "
                    + exercise.kind().word() + " question");
        }
        Analysis a = exercise.analysis();
        Question q = exercise.question();
        // Java 17 has no patterns in switch: the sealed interface's kinds one by one.
        if (given instanceof Answer.Lamport l) {
            return lamport(a, l);
        } else if (given instanceof Answer.Vector v) {
            return vector(a, v);
        } else if (given instanceof Answer.Related r) {
            return relation(a, q, r);
        } else if (given instanceof Answer.Cone c) {
            return ConeMarking.of(a, q, c);
        } else if (given instanceof Answer.Order o) {
            return OrderMarking.of(a, o);
        }
        return possible(a, q, (Answer.Possible) given);
    }

    private static Marking lamport(Analysis a, Answer.Lamport given) {
        EventGraph g = a.graph();
        List<Marking.Item> items = new ArrayList<>();
        for (int e = 0; e < g.eventCount(); e++) {
            Integer c = given.clocks().get(g.id(e));
            boolean right = c != null && c == a.lamport(e);
            items.add(new Marking.Item(g.id(e), right, c == null ? "blank" : "C = " + c, "C = " + a.lamport(e),
                    right ? "" : ClockReasons.lamport(a, e), List.of()));
        }
        return new Marking(given.kind(), items, unknown(g, given.clocks().keySet()));
    }

    private static Marking vector(Analysis a, Answer.Vector given) {
        EventGraph g = a.graph();
        List<Marking.Item> items = new ArrayList<>();
        for (int e = 0; e < g.eventCount(); e++) {
            List<Integer> v = given.clocks().get(g.id(e));
            List<Integer> expected = Answers.list(a.vector(e));
            boolean right = expected.equals(v);
            items.add(new Marking.Item(g.id(e), right, v == null ? "blank" : "V = " + ClockReasons.text(v),
                    "V = " + ClockReasons.text(expected), right ? "" : ClockReasons.vector(a, e), List.of()));
        }
        return new Marking(given.kind(), items, unknown(g, given.clocks().keySet()));
    }

    private static Marking relation(Analysis a, Question q, Answer.Related given) {
        int x = a.indexOf(q.marked().get(0));
        int y = a.indexOf(q.marked().get(1));
        Relation right = Answers.relation(a, x, y);
        boolean ok = given.relation() == right;
        String ax = a.id(x);
        String by = a.id(y);
        List<String> chain = switch (right) {
            case BEFORE -> RelationReasons.chainEvents(a, x, y);
            case AFTER -> RelationReasons.chainEvents(a, y, x);
            case CONCURRENT -> List.of();
        };
        Marking.Item item = new Marking.Item(ax + ", " + by, ok, given.relation().between(ax, by), right.between(ax, by),
                ok ? "" : RelationReasons.of(a, x, y), ok ? List.of() : chain);
        return new Marking(QuestionKind.RELATION, List.of(item), ok ? List.of() : List.of(item.explanation()));
    }

    private static Marking possible(Analysis a, Question q, Answer.Possible given) {
        boolean right = Answers.possible(a, q.proposed());
        boolean ok = given.possible() == right;
        String why = LinearizationReasons.of(a, q.proposed());
        Marking.Item item = new Marking.Item("the proposed order", ok, word(given.possible()), word(right),
                ok ? "" : why, ok ? List.of() : LinearizationReasons.culprits(a, q.proposed()));
        return new Marking(QuestionKind.LINEARIZATION, List.of(item), ok ? List.of() : List.of(why));
    }

    private static String word(boolean possible) {
        return possible ? "possible" : "impossible";
    }

    /** A line naming the ids the answer gives that the diagram does not have, or none. */
    static List<String> unknown(EventGraph g, Iterable<String> ids) {
        List<String> strangers = new ArrayList<>();
        for (String id : ids) {
            if (g.indexOf(id) < 0) {
                strangers.add(id);
            }
        }
        return strangers.isEmpty() ? List.of()
                : List.of("the diagram has no event " + ClockReasons.names(strangers) + "; those answers are not counted");
    }
}
