package dev.spacetime.exercise;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.EventGraph;

/**
 * A hint on request: one rule at a time, for the next item to fix, without its value. Clocks are
 * hinted in ⇒ order, so the student fixes a wrong clock before the clocks that depend on it.
 */
public final class Hints {
    private Hints() {
    }

    /** The next hint for this answer, or null when it is all right. */
    public static String next(Exercise exercise, Answer given) {
        Marking marking = Checker.check(exercise, given);
        if (marking.allRight()) {
            return null;
        }
        Analysis a = exercise.analysis();
        EventGraph g = a.graph();
        Question q = exercise.question();
        switch (exercise.kind()) {
            case LAMPORT, VECTOR -> {
                for (int r = 0; r < g.eventCount(); r++) {
                    int e = a.totalOrder().at(r);
                    if (!marking.items().get(e).right()) {
                        return "Look at " + g.id(e) + ": " + (exercise.kind() == QuestionKind.LAMPORT
                                ? ClockReasons.lamportHint(a, e) : ClockReasons.vectorHint(a, e)) + ".";
                    }
                }
                return null;
            }
            case RELATION -> {
                return "a → b when a chain leads from a to b, each step later on the same process or along a message "
                        + "from its send to its receive (external messages do not count). Look for a chain from "
                        + q.marked().get(0) + " to " + q.marked().get(1) + " and from " + q.marked().get(1) + " to "
                        + q.marked().get(0) + "; with neither, they are concurrent (‖).";
            }
            case CONE -> {
                Marking.Item first = marking.wrong().get(0);
                String e = q.marked().get(0);
                return "Look at " + first.subject() + ": " + switch (q.part()) {
                    case PAST -> "is there a chain from " + first.subject() + " to " + e + "?";
                    case FUTURE -> "is there a chain from " + e + " to " + first.subject() + "?";
                    case CONCURRENT -> "it is concurrent with " + e + " when there is a chain neither from it to " + e
                            + " nor from " + e + " to it.";
                } + " Each step of a chain is later on the same process or along a message.";
            }
            case ORDER -> {
                Marking.Item first = marking.wrong().get(0);
                return first.subject().substring(0, 1).toUpperCase() + first.subject().substring(1)
                        + " goes to the event with the smallest C among those not yet placed; on equal C, the one "
                        + "whose process comes first in " + Question.processOrder(g.diagram()) + ".";
            }
            default -> {
                return "Play the order step by step: an event can happen only after the one before it on its process "
                        + "and after the send of every message it receives (external ones too).";
            }
        }
    }
}
