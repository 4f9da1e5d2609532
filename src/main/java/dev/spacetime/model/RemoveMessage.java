package dev.spacetime.model;

/** Removes the message from event {@code from} to event {@code to}; both ends stay as events. */
public record RemoveMessage(String from, String to) implements Edit {
    @Override
    public Edit applyTo(Diagram d) {
        int m = Lookup.message(d, from, to);
        MessageData data = MessageData.of(d, m, d.messageIndexOf(m));
        d.removeMessage(m);
        return new AddMessage(data.from(), data.to(), data.label(), data.external(), data.index());
    }

    @Override
    public String description() {
        return "Remove message " + from + " → " + to;
    }
}
