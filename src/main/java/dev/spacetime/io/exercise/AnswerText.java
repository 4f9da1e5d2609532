package dev.spacetime.io.exercise;

import com.fasterxml.jackson.databind.JsonNode;
import dev.spacetime.exercise.Answer;
import dev.spacetime.exercise.QuestionKind;
import dev.spacetime.exercise.Relation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Reads an answer as an exercise file spells it ({@link ExerciseWriter#answer}); a misspelt one says what it should be. */
final class AnswerText {
    private AnswerText() {
    }

    static Answer read(JsonNode node, QuestionKind kind) {
        return switch (kind) {
            case LAMPORT -> {
                Map<String, Integer> clocks = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> e : fields(node, "{ \"p1\": 1, \"q1\": 2 }")) {
                    if (!e.getValue().isInt()) {
                        throw new IllegalArgumentException("the clock of " + e.getKey() + " must be a whole number, not "
                                + e.getValue());
                    }
                    clocks.put(e.getKey(), e.getValue().intValue());
                }
                yield new Answer.Lamport(clocks);
            }
            case VECTOR -> {
                Map<String, List<Integer>> clocks = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> e : fields(node, "{ \"p1\": [1,0], \"q1\": [1,1] }")) {
                    if (!e.getValue().isArray()) {
                        throw new IllegalArgumentException("the vector of " + e.getKey() + " must be a list like [1,0,2]");
                    }
                    List<Integer> v = new ArrayList<>();
                    for (JsonNode x : e.getValue()) {
                        if (!x.isInt()) {
                            throw new IllegalArgumentException("the vector of " + e.getKey()
                                    + " must be a list of whole numbers, not " + e.getValue());
                        }
                        v.add(x.intValue());
                    }
                    clocks.put(e.getKey(), v);
                }
                yield new Answer.Vector(clocks);
            }
            case RELATION -> {
                Relation r = Relation.of(node.asText(""));
                if (!node.isTextual() || r == null) {
                    throw new IllegalArgumentException("a relation is \"before\" (a → b), \"after\" (b → a) or "
                            + "\"concurrent\" (a ‖ b), not " + node);
                }
                yield new Answer.Related(r);
            }
            case CONE -> new Answer.Cone(new LinkedHashSet<>(strings(node, "the answer")));
            case ORDER -> new Answer.Order(strings(node, "the answer"));
            case LINEARIZATION -> {
                String word = node.asText("");
                if (!node.isTextual() || !(word.equals("possible") || word.equals("impossible"))) {
                    throw new IllegalArgumentException("the answer is \"possible\" or \"impossible\", not " + node);
                }
                yield new Answer.Possible(word.equals("possible"));
            }
        };
    }

    /** A list of event ids. */
    static List<String> strings(JsonNode node, String what) {
        if (!node.isArray()) {
            throw new IllegalArgumentException(what + " must be a list of event ids, like [\"p1\", \"q2\"]");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode x : node) {
            if (!x.isTextual()) {
                throw new IllegalArgumentException(what + " must list event ids as strings, not " + x);
            }
            out.add(x.textValue());
        }
        return out;
    }

    private static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode node, String shape) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("the clocks are an object from event id to clock, like " + shape);
        }
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            out.add(it.next());
        }
        return out;
    }
}
