package dev.spacetime.sim.mutex;

/** Which algorithm runs: the paper's, or a broken one for the class to catch. */
public enum Variant {
    /** The five rules as the paper states them. */
    CORRECT,
    /**
     * Broken: rule 5 without its second half, 5(ii) — a process takes the resource as soon as its request
     * heads its own queue, without waiting to hear from every other process with a later timestamp.
     * A request still on its way is overlooked, and two processes can hold the resource at once.
     */
    NO_WAIT_FOR_ACKS,
    /**
     * Broken: requests ordered by timestamp alone, ties not broken by process order, so two requests
     * with equal timestamps can both seem first to their own process: rule 5(i) without ⇒.
     */
    IGNORE_TIES;

    /** The variant in words, as a dialog offers it. */
    public String label() {
        return switch (this) {
            case CORRECT -> "The paper's algorithm";
            case NO_WAIT_FOR_ACKS -> "Broken: does not wait to hear from every process (skips rule 5(ii))";
            case IGNORE_TIES -> "Broken: ties between equal timestamps not broken (rule 5(i) without ⇒)";
        };
    }
}
