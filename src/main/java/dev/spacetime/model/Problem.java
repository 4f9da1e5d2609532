package dev.spacetime.model;

/**
 * One thing wrong with a diagram: what it is about (a process, an event, a message or the whole
 * diagram) and a sentence a student can act on.
 *
 * @param kind what the problem is about
 * @param key  the process name, the event id, the receive event's id for a message, or "" for the
 *             diagram
 * @param message the explanation, naming the elements involved
 */
public record Problem(Kind kind, String key, String message) {
    /** What a problem is about. */
    public enum Kind { DIAGRAM, PROCESS, EVENT, MESSAGE }

    @Override
    public String toString() {
        return message;
    }
}
