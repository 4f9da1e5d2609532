package dev.spacetime.drawing;

/** What a shape stands for, so each painter picks its colour and weight from one {@link Style}. */
public enum Role {
    PROCESS_LINE, PROCESS_NAME,
    EVENT, EVENT_LABEL,
    MESSAGE, EXTERNAL_MESSAGE, MESSAGE_LABEL,
    /** Figure 2's dashed lines through like-numbered clock ticks. */
    TICK_LINE, TICK_LABEL,
    /** The selected event(s), ringed. */
    SELECTED,
    /** A selected process's line and name, and a selected message, drawn over their plain selves. */
    SELECTED_PROCESS, SELECTED_NAME, SELECTED_MESSAGE,
    /** Events in the selected event's causal past, causal future, or concurrent with it. */
    PAST, FUTURE, CONCURRENT,
    /** The chain of steps proving a → b between two selected events. */
    WITNESS,
    /** A line joining two concurrent events, and one joining a false ordering: C(a) < C(b) yet a ‖ b. */
    CONCURRENT_PAIR, FALSE_ORDERING,
    /** A line joining an anomaly of section 5: a ➝ b (through an external message), yet C(a) ≥ C(b). */
    ANOMALY,
    /** Step-through: what has not happened yet, a message sent but not yet received, the event of the last step, a process's clock register. */
    FADED, IN_FLIGHT, CURRENT, REGISTER,
    /** Step-through by hand: the events that can happen next. */
    ENABLED,
    /** A stretch of a process line picked out, such as a process holding the resource in section 4. */
    BAR,
    /** Step-through: the stretch of a bar not yet reached, such as a holding of the resource still to come. */
    FADED_BAR,
    /** An event that breaks one of a simulation's conditions (section 4's mutual exclusion), ringed. */
    BROKEN,
    /**
     * Where the diagram's own clocks break the Clock Condition: C1 along a process (a before b, yet
     * C(a) ≥ C(b)), C2 along a message (sent at a, received at b, yet C(a) ≥ C(b)).
     */
    C1_FAILS, C2_FAILS,
    /** Causality through hidden processes: a send reaches a receive by way of hidden events only. */
    IMPLIED,
    /** A collapsed run of local events, drawn along the line from its first event to its last. */
    RUN;

    /** Whether a text of this role is a process's name, selected or not: names stay where they are. */
    public boolean processName() {
        return this == PROCESS_NAME || this == SELECTED_NAME;
    }

    /** Whether a line of this role is a process line, selected or not. */
    public boolean processLine() {
        return this == PROCESS_LINE || this == SELECTED_PROCESS;
    }
}
