package dev.spacetime.io.shiviz;

import dev.spacetime.io.LoadProblem;

/** Where a reader of clocks turns process names into numbers, and says when a clock is not one. */
interface ClockNames {
    /** The number of a process name, given on first sight. */
    int nameId(String name);

    /** A clock that could not be read, located. */
    void problem(LoadProblem problem);

    /** How many names have numbers so far. */
    int nameCount();
}
