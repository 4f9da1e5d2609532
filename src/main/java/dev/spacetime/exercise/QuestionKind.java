package dev.spacetime.exercise;

import java.util.Locale;

/** What an exercise asks for: clocks, a relation, a causal cone, the order ⇒, or whether an order was possible. */
public enum QuestionKind {
    /** Type C for every event, by IR1 and IR2. */
    LAMPORT("Lamport clocks"),
    /** Type the vector clock of every event. */
    VECTOR("vector clocks"),
    /** a → b, b → a or a ‖ b for a marked pair. */
    RELATION("happened before"),
    /** Every event in the causal past, future or concurrent set of a marked event. */
    CONE("causal cone"),
    /** Every event in the total order ⇒. */
    ORDER("the total order ⇒"),
    /** Whether the system could have gone through a given order (a step-through order). */
    LINEARIZATION("a step-through order");

    private final String title;

    QuestionKind(String title) {
        this.title = title;
    }

    /** The kind as a title says it: "Lamport clocks". */
    public String title() {
        return title;
    }

    /** The kind as files and the command line spell it: "lamport". */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind spelt {@code word} (any case), or null. */
    public static QuestionKind of(String word) {
        for (QuestionKind k : values()) {
            if (k.word().equalsIgnoreCase(word)) {
                return k;
            }
        }
        return null;
    }
}
