package dev.spacetime.model;

/** Changes the label of the message received by {@code to} (null for none). */
public record SetMessageLabel(String to, String label) implements Edit {
    @Override
    public Edit applyTo(Diagram d) {
        int r = Lookup.receive(d, to);
        String old = d.messageLabel(r);
        d.setMessageLabel(r, label);
        return new SetMessageLabel(to, old);
    }

    @Override
    public String description() {
        return "Label message to " + to;
    }
}
