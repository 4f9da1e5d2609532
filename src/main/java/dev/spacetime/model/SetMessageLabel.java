package dev.spacetime.model;

/** Changes the label of the message from {@code from} to {@code to} (null for none). */
public record SetMessageLabel(String from, String to, String label) implements Edit {
    @Override
    public Edit applyTo(Diagram d) {
        int m = Lookup.message(d, from, to);
        String old = d.messageLabel(m);
        d.setMessageLabel(m, label);
        return new SetMessageLabel(from, to, old);
    }

    @Override
    public String description() {
        return "Label message " + from + " → " + to;
    }
}
