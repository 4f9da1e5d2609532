package dev.spacetime.model;

/** A message as it stood in a diagram, with its place in the message list. */
public record MessageData(int index, String from, String to, String label, boolean external) {
    static MessageData of(Diagram d, int receive, int index) {
        return new MessageData(index, d.eventId(d.senderOf(receive)), d.eventId(receive), d.messageLabel(receive),
                d.isExternal(receive));
    }
}
