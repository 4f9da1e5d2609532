package dev.spacetime.model;

import java.util.Objects;

/**
 * A message named by the ids of its two events, as a user, a selection or a picture names it: two events
 * have at most one message between them, so the pair is enough, and unlike a handle it survives an edit
 * that rebuilds the diagram.
 */
public record MessageRef(String from, String to) {
    public MessageRef {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
    }

    /** The name of message {@code m} of {@code d}. */
    public static MessageRef of(Diagram d, int m) {
        return new MessageRef(d.eventId(d.messageFrom(m)), d.eventId(d.messageTo(m)));
    }

    /** The handle of this message in {@code d}, or -1 when it has none. */
    public int find(Diagram d) {
        int s = d.findEvent(from);
        int r = d.findEvent(to);
        return s < 0 || r < 0 ? -1 : d.messageBetween(s, r);
    }

    @Override
    public String toString() {
        return from + " → " + to;
    }
}
