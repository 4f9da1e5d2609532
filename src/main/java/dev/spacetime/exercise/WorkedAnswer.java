package dev.spacetime.exercise;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.EventGraph;
import java.util.ArrayList;
import java.util.List;

/**
 * The right answer with its reasoning, line by line, for "show answer" and for a worksheet's key:
 * each clock with the rule that gives it (in ⇒ order, so each line uses only values above it), the
 * chain that proves a relation, each event of a cone with its chain, the order ⇒ with its ties.
 */
public final class WorkedAnswer {
    private WorkedAnswer() {
    }

    /** The answer in a line: "p1 → q3", "possible", "p1, q2, r1". */
    public static String headline(Exercise exercise) {
        Answer answer = exercise.answer();
        Question q = exercise.question();
        if (answer instanceof Answer.Related r) {
            return r.relation().between(q.marked().get(0), q.marked().get(1));
        } else if (answer instanceof Answer.Cone c) {
            return c.events().isEmpty() ? "no event" : String.join(", ", c.events());
        } else if (answer instanceof Answer.Order o) {
            return String.join(" ⇒ ", o.events());
        } else if (answer instanceof Answer.Possible p) {
            return p.possible() ? "possible" : "impossible";
        } else if (answer instanceof Answer.Lamport l) {
            List<String> parts = new ArrayList<>();
            l.clocks().forEach((id, c) -> parts.add("C(" + id + ") = " + c));
            return String.join(", ", parts);
        }
        List<String> parts = new ArrayList<>();
        ((Answer.Vector) answer).clocks().forEach((id, v) -> parts.add("V(" + id + ") = " + ClockReasons.text(v)));
        return String.join(", ", parts);
    }

    /** The reasoning, one line a step. */
    public static List<String> lines(Exercise exercise) {
        Analysis a = exercise.analysis();
        EventGraph g = a.graph();
        Question q = exercise.question();
        List<String> lines = new ArrayList<>();
        switch (exercise.kind()) {
            case LAMPORT -> byTotalOrder(a, e -> lines.add("C(" + g.id(e) + ") = " + a.lamport(e) + ": "
                    + ClockReasons.lamport(a, e)));
            case VECTOR -> byTotalOrder(a, e -> lines.add("V(" + g.id(e) + ") = " + ClockReasons.text(a.vector(e)) + ": "
                    + ClockReasons.vector(a, e)));
            case RELATION -> lines.add(RelationReasons.of(a, a.indexOf(q.marked().get(0)), a.indexOf(q.marked().get(1))));
            case CONE -> {
                int e = a.indexOf(q.marked().get(0));
                List<Integer> in = Answers.cone(a, e, q.part());
                if (in.isEmpty()) {
                    lines.add("the " + q.part().words() + " of " + g.id(e) + " is empty");
                }
                for (int x : in) {
                    lines.add(g.id(x) + ": " + ConeMarking.reason(a, x, e, q.part()));
                }
            }
            case ORDER -> {
                for (int r = 0; r < g.eventCount(); r++) {
                    int e = a.totalOrder().at(r);
                    String line = (r + 1) + ". " + g.id(e) + " (C = " + a.lamport(e) + ")";
                    if (r > 0) {
                        line += ": " + OrderMarking.before(a, a.totalOrder().at(r - 1), e);
                    }
                    lines.add(line);
                }
            }
            case LINEARIZATION -> lines.add(LinearizationReasons.of(a, q.proposed()));
        }
        return lines;
    }

    private static void byTotalOrder(Analysis a, java.util.function.IntConsumer line) {
        for (int r = 0; r < a.eventCount(); r++) {
            line.accept(a.totalOrder().at(r));
        }
    }
}
