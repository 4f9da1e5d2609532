package dev.spacetime.model;

/**
 * One thing wrong with a diagram: what it is about (a process, an event, a message or the whole
 * diagram) and a sentence a student can act on.
 *
 * @param kind what the problem is about
 * @param key  the process name, the event id, the receive event's id for a message, or "" for the
 *             diagram
 * @param from the send event's id for a message (an event may receive several), otherwise null
 * @param message the explanation, naming the elements involved
 */
public record Problem(Kind kind, String key, String from, String message) {
    /** What a problem is about. */
    public enum Kind { DIAGRAM, PROCESS, EVENT, MESSAGE }

    /** A problem about a process, an event or the diagram. */
    public Problem(Kind kind, String key, String message) {
        this(kind, key, null, message);
    }

    /** A problem about the message from event {@code from} to event {@code to}. */
    public static Problem ofMessage(String from, String to, String message) {
        return new Problem(Kind.MESSAGE, to, from, message);
    }

    @Override
    public String toString() {
        return message;
    }
}
