package dev.spacetime.model;

/** Marks the message received by {@code to} as travelling outside the system, or inside it. */
public record SetMessageExternal(String to, boolean external) implements Edit {
    @Override
    public Edit applyTo(Diagram d) {
        int r = Lookup.receive(d, to);
        boolean old = d.isExternal(r);
        d.setExternal(r, external);
        return new SetMessageExternal(to, old);
    }

    @Override
    public String description() {
        return external ? "Make message to " + to + " external" : "Make message to " + to + " internal";
    }
}
