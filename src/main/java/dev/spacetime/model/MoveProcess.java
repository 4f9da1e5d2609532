package dev.spacetime.model;

/** Moves a process to another place in the diagram's order (which breaks ties in ⇒). */
public record MoveProcess(String name, int toIndex) implements Edit {
    @Override
    public Edit applyTo(Diagram d) {
        int p = Lookup.process(d, name);
        if (toIndex < 0 || toIndex >= d.processCount()) {
            throw new EditRefusedException("no place " + toIndex + " among " + d.processCount() + " processes");
        }
        d.moveProcess(p, toIndex);
        return new MoveProcess(name, p);
    }

    @Override
    public String description() {
        return "Move process " + name;
    }
}
