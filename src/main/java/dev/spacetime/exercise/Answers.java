package dev.spacetime.exercise;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.CausalCone;
import dev.spacetime.causality.EventGraph;
import dev.spacetime.step.Linearization;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The one right answer to a question, read off the analysis of the diagram. */
public final class Answers {
    private Answers() {
    }

    public static Answer of(Analysis a, Question q) {
        EventGraph g = a.graph();
        return switch (q.kind()) {
            case LAMPORT -> {
                Map<String, Integer> c = new LinkedHashMap<>();
                for (int e = 0; e < g.eventCount(); e++) {
                    c.put(g.id(e), a.lamport(e));
                }
                yield new Answer.Lamport(c);
            }
            case VECTOR -> {
                Map<String, List<Integer>> v = new LinkedHashMap<>();
                for (int e = 0; e < g.eventCount(); e++) {
                    v.put(g.id(e), list(a.vector(e)));
                }
                yield new Answer.Vector(v);
            }
            case RELATION -> new Answer.Related(relation(a, a.indexOf(q.marked().get(0)), a.indexOf(q.marked().get(1))));
            case CONE -> new Answer.Cone(ids(g, cone(a, a.indexOf(q.marked().get(0)), q.part())));
            case ORDER -> {
                List<String> order = new ArrayList<>();
                for (int r = 0; r < g.eventCount(); r++) {
                    order.add(g.id(a.totalOrder().at(r)));
                }
                yield new Answer.Order(order);
            }
            case LINEARIZATION -> new Answer.Possible(possible(a, q.proposed()));
        };
    }

    static Relation relation(Analysis a, int x, int y) {
        return a.happenedBefore(x, y) ? Relation.BEFORE : a.happenedBefore(y, x) ? Relation.AFTER : Relation.CONCURRENT;
    }

    /** The events (indices, ascending) in the given part of e's cone. */
    static List<Integer> cone(Analysis a, int e, ConePart part) {
        CausalCone cone = a.cone(e);
        List<Integer> in = new ArrayList<>();
        for (int x = 0; x < a.eventCount(); x++) {
            boolean member = switch (part) {
                case PAST -> cone.inPast(x);
                case FUTURE -> cone.inFuture(x);
                case CONCURRENT -> cone.isConcurrent(x);
            };
            if (member && x != e) {
                in.add(x);
            }
        }
        return in;
    }

    static boolean possible(Analysis a, List<String> proposed) {
        int[] order = indices(a, proposed);
        return order.length == a.eventCount() && Linearization.isValidPrefix(a.graph(), order);
    }

    static int[] indices(Analysis a, List<String> ids) {
        return ids.stream().mapToInt(a::indexOf).toArray();
    }

    static Set<String> ids(EventGraph g, List<Integer> events) {
        Set<String> out = new LinkedHashSet<>();
        for (int e : events) {
            out.add(g.id(e));
        }
        return out;
    }

    static List<Integer> list(int[] v) {
        List<Integer> out = new ArrayList<>(v.length);
        for (int x : v) {
            out.add(x);
        }
        return out;
    }
}
