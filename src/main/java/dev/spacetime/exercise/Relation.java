package dev.spacetime.exercise;

import java.util.Locale;

/** How two events a and b relate under happened-before (section 2): a → b, b → a, or a ‖ b. */
public enum Relation {
    BEFORE("a → b"),
    AFTER("b → a"),
    CONCURRENT("a ‖ b");

    private final String symbol;

    Relation(String symbol) {
        this.symbol = symbol;
    }

    /** "a → b". */
    public String symbol() {
        return symbol;
    }

    /** The relation written with the events' ids: "p1 → q3", "q3 → p1" or "p1 ‖ q3". */
    public String between(String a, String b) {
        return switch (this) {
            case BEFORE -> a + " → " + b;
            case AFTER -> b + " → " + a;
            case CONCURRENT -> a + " ‖ " + b;
        };
    }

    /** "before", as files spell it. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The relation spelt {@code word} (any case), or null. */
    public static Relation of(String word) {
        for (Relation r : values()) {
            if (r.word().equalsIgnoreCase(word)) {
                return r;
            }
        }
        return null;
    }
}
