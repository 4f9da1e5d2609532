package dev.spacetime.model;

/** Adds an empty process at {@code index} in the diagram's order. */
public record AddProcess(int index, String name) implements Edit {
    @Override
    public Edit applyTo(Diagram d) {
        Lookup.requireName(name, "process");
        if (d.processIndex(name) >= 0) {
            throw new EditRefusedException("there is already a process named " + name);
        }
        if (index < 0 || index > d.processCount()) {
            throw new EditRefusedException("no place " + index + " among " + d.processCount() + " processes");
        }
        d.insertProcess(index, name);
        return new RemoveProcess(name);
    }

    @Override
    public String description() {
        return "Add process " + name;
    }
}
