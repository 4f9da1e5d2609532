package dev.spacetime.exercise;

import dev.spacetime.model.Diagram;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an exercise asks about its diagram.
 *
 * @param kind     what is asked for
 * @param marked   the highlighted events: the pair (a, b) of a relation question, the event of a cone
 *                 question, none otherwise
 * @param part     the part of the cone asked for, or null when the question is not about a cone
 * @param proposed the order offered by a linearization question (every event once), none otherwise
 */
public record Question(QuestionKind kind, List<String> marked, ConePart part, List<String> proposed) {
    public Question {
        Objects.requireNonNull(kind);
        marked = List.copyOf(marked);
        proposed = List.copyOf(proposed);
        int wanted = kind == QuestionKind.RELATION ? 2 : kind == QuestionKind.CONE ? 1 : 0;
        if (marked.size() != wanted) {
            throw new IllegalArgumentException("a " + kind.word() + " question marks " + wanted + " events, not "
                    + marked.size());
        }
        if ((kind == QuestionKind.CONE) != (part != null)) {
            throw new IllegalArgumentException("only a cone question names a part of the cone");
        }
        if (kind != QuestionKind.LINEARIZATION && !proposed.isEmpty()) {
            throw new IllegalArgumentException("only a linearization question proposes an order");
        }
    }

    /** Type C (or V) for every event. */
    public static Question clocks(QuestionKind kind) {
        if (kind != QuestionKind.LAMPORT && kind != QuestionKind.VECTOR) {
            throw new IllegalArgumentException(kind.word() + " is not a clock question");
        }
        return new Question(kind, List.of(), null, List.of());
    }

    /** a → b, b → a or a ‖ b? */
    public static Question relation(String a, String b) {
        return new Question(QuestionKind.RELATION, List.of(a, b), null, List.of());
    }

    /** Every event in the given part of {@code event}'s cone. */
    public static Question cone(String event, ConePart part) {
        return new Question(QuestionKind.CONE, List.of(event), part, List.of());
    }

    /** Every event in ⇒ order. */
    public static Question order() {
        return new Question(QuestionKind.ORDER, List.of(), null, List.of());
    }

    /** Could the system have gone through the events in this order? */
    public static Question linearization(List<String> proposed) {
        return new Question(QuestionKind.LINEARIZATION, List.of(), null, proposed);
    }

    /** Why this question does not fit the diagram (an event it names is not there, say), or null when it does. */
    public String problemWith(Diagram d) {
        for (String id : marked) {
            if (d.findEvent(id) < 0) {
                return "the question marks event \"" + id + "\", which the diagram does not have";
            }
        }
        if (kind == QuestionKind.RELATION && marked.get(0).equals(marked.get(1))) {
            return "a relation question marks two different events, not " + marked.get(0) + " twice";
        }
        if (kind == QuestionKind.LINEARIZATION) {
            List<String> seen = new ArrayList<>();
            for (String id : proposed) {
                if (d.findEvent(id) < 0) {
                    return "the proposed order names event \"" + id + "\", which the diagram does not have";
                }
                if (seen.contains(id)) {
                    return "the proposed order names " + id + " twice";
                }
                seen.add(id);
            }
            if (seen.size() != d.eventCount()) {
                return "the proposed order names " + seen.size() + " events, but the diagram has " + d.eventCount()
                        + ": it must name every event once";
            }
        }
        return null;
    }

    /** The question as a student reads it, in the paper's words. */
    public String text(Diagram d) {
        return switch (kind) {
            case LAMPORT -> "Give every event its Lamport clock C by IR1 and IR2 (each process's clock starts at 0).";
            case VECTOR -> "Give every event its vector clock V, one entry per process in the order "
                    + processOrder(d) + ".";
            case RELATION -> "For the marked events a = " + marked.get(0) + " and b = " + marked.get(1)
                    + ": is it a → b, b → a, or a ‖ b?";
            case CONE -> "Mark every event in the " + part.words() + " of " + marked.get(0) + ": every event "
                    + switch (part) {
                        case PAST -> "that happens before " + marked.get(0) + " (x → " + marked.get(0) + ").";
                        case FUTURE -> marked.get(0) + " happens before (" + marked.get(0) + " → x).";
                        case CONCURRENT -> "concurrent with " + marked.get(0) + " (x ‖ " + marked.get(0) + ").";
                    };
            case ORDER -> "List every event in the total order ⇒: by C, ties broken by the processes' order "
                    + processOrder(d) + ".";
            case LINEARIZATION -> "Could the system have gone through its events in this order? "
                    + String.join(", ", proposed) + ". Answer possible or impossible.";
        };
    }

    /** "P, Q, R". */
    static String processOrder(Diagram d) {
        List<String> names = new ArrayList<>();
        for (int p = 0; p < d.processCount(); p++) {
            names.add(d.processName(p));
        }
        return String.join(", ", names);
    }
}
