package dev.spacetime.exercise;

import java.util.Locale;

/** Which part of an event's causal cone a cone question asks for (section 2 of the paper). */
public enum ConePart {
    /** The events that happen before it. */
    PAST("causal past"),
    /** The events it happens before. */
    FUTURE("causal future"),
    /** The events neither before nor after it. */
    CONCURRENT("concurrent set");

    private final String words;

    ConePart(String words) {
        this.words = words;
    }

    /** "causal past". */
    public String words() {
        return words;
    }

    /** "past", as files spell it. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The part spelt {@code word} (any case), or null. */
    public static ConePart of(String word) {
        for (ConePart p : values()) {
            if (p.word().equalsIgnoreCase(word)) {
                return p;
            }
        }
        return null;
    }
}
