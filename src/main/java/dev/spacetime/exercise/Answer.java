package dev.spacetime.exercise;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An answer to a question, the right one or a student's: one type per kind of question. Events are
 * named by their ids; a clock left blank is simply absent from the map.
 */
public sealed interface Answer {
    /** The kind of question this answers. */
    QuestionKind kind();

    /** C for each event (by id); events left blank are absent. */
    record Lamport(Map<String, Integer> clocks) implements Answer {
        public Lamport {
            clocks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(clocks));
        }

        @Override
        public QuestionKind kind() {
            return QuestionKind.LAMPORT;
        }
    }

    /** V for each event (by id), entries in the processes' order; events left blank are absent. */
    record Vector(Map<String, List<Integer>> clocks) implements Answer {
        public Vector {
            Map<String, List<Integer>> copy = new LinkedHashMap<>();
            clocks.forEach((id, v) -> copy.put(id, List.copyOf(v)));
            clocks = java.util.Collections.unmodifiableMap(copy);
        }

        @Override
        public QuestionKind kind() {
            return QuestionKind.VECTOR;
        }
    }

    /** a → b, b → a or a ‖ b for the marked pair. */
    record Related(Relation relation) implements Answer {
        public Related {
            java.util.Objects.requireNonNull(relation);
        }

        @Override
        public QuestionKind kind() {
            return QuestionKind.RELATION;
        }
    }

    /** The events clicked as the part of the cone asked for. */
    record Cone(Set<String> events) implements Answer {
        public Cone {
            events = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(events));
        }

        @Override
        public QuestionKind kind() {
            return QuestionKind.CONE;
        }
    }

    /** The events in the order given for ⇒. */
    record Order(List<String> events) implements Answer {
        public Order {
            events = List.copyOf(events);
        }

        @Override
        public QuestionKind kind() {
            return QuestionKind.ORDER;
        }
    }

    /** Whether the proposed order could have happened. */
    record Possible(boolean possible) implements Answer {
        @Override
        public QuestionKind kind() {
            return QuestionKind.LINEARIZATION;
        }
    }
}
