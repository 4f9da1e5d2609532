package dev.spacetime.model;

/** Changes the diagram's title. */
public record SetTitle(String title) implements Edit {
    @Override
    public Edit applyTo(Diagram d) {
        String old = d.title();
        d.setTitle(title == null ? "" : title);
        return new SetTitle(old);
    }

    @Override
    public String description() {
        return "Change title";
    }
}
