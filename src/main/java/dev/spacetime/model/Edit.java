package dev.spacetime.model;

/**
 * A change to a diagram. Applying it either changes the diagram and returns the edit that undoes it
 * exactly, or throws {@link EditRefusedException} and leaves the diagram untouched. Edits name
 * events by id and processes by name, so an undo stays valid however handles are recycled.
 */
public interface Edit {
    /** Applies this edit and returns its inverse. */
    Edit applyTo(Diagram diagram);

    /** A short name for menus, such as "Add event p5". */
    String description();
}
