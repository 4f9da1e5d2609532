package dev.spacetime.layout;

/** What places an event along its process line. */
public enum TimeMode {
    /** The event's physical time; events without one are spaced evenly between those with one. */
    PHYSICAL,
    /** The event's Lamport clock, so that like-numbered ticks line up (the paper's Figure 3). */
    LOGICAL
}
