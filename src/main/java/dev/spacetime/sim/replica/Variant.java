package dev.spacetime.sim.replica;

/** Which way the replicas run the commands: the paper's, or one of two that show why it is built so. */
public enum Variant {
    /**
     * The paper's: a replica runs a command only once it is stable (it has heard from every other
     * process a message timestamped no earlier), in ⇒ order. Replicas acknowledge commands so that
     * everyone hears from everyone.
     */
    STATE_MACHINE,
    /** Naive: each replica runs a command the moment it arrives (its own at once). Replicas diverge. */
    ON_ARRIVAL,
    /**
     * The paper's algorithm, but the last process falls silent part way through (it still listens,
     * but sends nothing more). Nobody else can know a command is stable any more: everything stalls.
     */
    SILENT_PROCESS;

    /** The variant in words, as a dialog offers it. */
    public String label() {
        return switch (this) {
            case STATE_MACHINE -> "The paper's: run stable commands in ⇒ order";
            case ON_ARRIVAL -> "Naive: run each command as it arrives";
            case SILENT_PROCESS -> "The paper's, but the last process falls silent";
        };
    }
}
