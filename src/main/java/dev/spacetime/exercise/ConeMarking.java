package dev.spacetime.exercise;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.EventGraph;
import java.util.ArrayList;
import java.util.List;

/**
 * Marks the events clicked as a part of an event's causal cone: one item per other event, right when
 * it was clicked exactly if it belongs; each wrong one explained by the chain that puts it in (or out of)
 * the part, and the whole summed up as the missing and the extra events.
 */
final class ConeMarking {
    private ConeMarking() {
    }

    static Marking of(Analysis a, Question q, Answer.Cone given) {
        EventGraph g = a.graph();
        int e = a.indexOf(q.marked().get(0));
        ConePart part = q.part();
        List<Integer> expected = Answers.cone(a, e, part);
        List<Marking.Item> items = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        for (int x = 0; x < g.eventCount(); x++) {
            if (x == e) {
                continue;
            }
            boolean in = expected.contains(x);
            boolean clicked = given.events().contains(g.id(x));
            boolean right = in == clicked;
            if (!right) {
                (in ? missing : extra).add(g.id(x));
            }
            items.add(new Marking.Item(g.id(x), right, inOrOut(clicked, part), inOrOut(in, part),
                    right ? "" : reason(a, x, e, part), right ? List.of() : chain(a, x, e)));
        }
        if (given.events().contains(g.id(e))) {
            extra.add(g.id(e));
            items.add(new Marking.Item(g.id(e), false, inOrOut(true, part), "the marked event itself",
                    g.id(e) + " is the marked event, and no chain leads from an event to itself (→ is irreflexive): "
                            + "it is in no part of its own cone", List.of()));
        }
        List<String> summary = new ArrayList<>();
        if (!missing.isEmpty()) {
            summary.add("missing from the " + part.words() + " of " + g.id(e) + ": " + ClockReasons.names(missing));
        }
        if (!extra.isEmpty()) {
            summary.add("not in the " + part.words() + " of " + g.id(e) + ": " + ClockReasons.names(extra));
        }
        summary.addAll(Checker.unknown(g, given.events()));
        return new Marking(QuestionKind.CONE, items, summary);
    }

    private static String inOrOut(boolean in, ConePart part) {
        return (in ? "in the " : "not in the ") + part.words();
    }

    /** Why x is or is not in the part of e's cone, by the chain between them or its absence. */
    static String reason(Analysis a, int x, int e, ConePart part) {
        String xs = a.id(x);
        String es = a.id(e);
        if (a.happenedBefore(x, e)) {
            return RelationReasons.chain(a, x, e) + (part == ConePart.PAST ? ", so " + xs + " is in the causal past of " + es
                    : ", so " + xs + " is in the causal past of " + es + ", not its " + part.words());
        }
        if (a.happenedBefore(e, x)) {
            return RelationReasons.chain(a, e, x) + (part == ConePart.FUTURE
                    ? ", so " + xs + " is in the causal future of " + es
                    : ", so " + xs + " is in the causal future of " + es + ", not its " + part.words());
        }
        return RelationReasons.concurrent(a, x, e) + (part == ConePart.CONCURRENT ? ": " + xs + " is in the concurrent set"
                : ": " + xs + " is in the concurrent set of " + es + ", not its " + part.words());
    }

    private static List<String> chain(Analysis a, int x, int e) {
        return a.happenedBefore(x, e) ? RelationReasons.chainEvents(a, x, e)
                : a.happenedBefore(e, x) ? RelationReasons.chainEvents(a, e, x) : List.of();
    }
}
