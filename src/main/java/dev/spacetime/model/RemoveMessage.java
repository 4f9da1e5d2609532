package dev.spacetime.model;

/** Removes the message received by event {@code to}; both ends stay as events. */
public record RemoveMessage(String to) implements Edit {
    @Override
    public Edit applyTo(Diagram d) {
        int r = Lookup.receive(d, to);
        MessageData m = MessageData.of(d, r, d.messageIndexOf(r));
        d.removeMessage(r);
        return new AddMessage(m.from(), m.to(), m.label(), m.external(), m.index());
    }

    @Override
    public String description() {
        return "Remove message to " + to;
    }
}
