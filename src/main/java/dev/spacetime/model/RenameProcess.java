package dev.spacetime.model;

/** Renames a process. */
public record RenameProcess(String name, String newName) implements Edit {
    @Override
    public Edit applyTo(Diagram d) {
        int p = Lookup.process(d, name);
        Lookup.requireName(newName, "process");
        if (!newName.equals(name) && d.processIndex(newName) >= 0) {
            throw new EditRefusedException("there is already a process named " + newName);
        }
        d.renameProcess(p, newName);
        return new RenameProcess(newName, name);
    }

    @Override
    public String description() {
        return "Rename process " + name + " to " + newName;
    }
}
