package dev.spacetime.model;

/** Marks the message from {@code from} to {@code to} as travelling outside the system, or inside it. */
public record SetMessageExternal(String from, String to, boolean external) implements Edit {
    @Override
    public Edit applyTo(Diagram d) {
        int m = Lookup.message(d, from, to);
        boolean old = d.isExternal(m);
        d.setExternal(m, external);
        return new SetMessageExternal(from, to, old);
    }

    @Override
    public String description() {
        return "Make message " + from + " → " + to + (external ? " external" : " internal");
    }
}
