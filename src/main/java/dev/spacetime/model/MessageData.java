package dev.spacetime.model;

/** A message as it stood in a diagram, with its place in the message list. */
public record MessageData(int index, String from, String to, String label, boolean external) {
    static MessageData of(Diagram d, int m, int index) {
        return new MessageData(index, d.eventId(d.messageFrom(m)), d.eventId(d.messageTo(m)), d.messageLabel(m),
                d.isExternal(m));
    }
}
