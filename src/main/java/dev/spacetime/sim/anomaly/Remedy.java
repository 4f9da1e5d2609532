package dev.spacetime.sim.anomaly;

/** How the anomaly of section 5 is (or is not) avoided. */
public enum Remedy {
    /** None: the telephone call is outside the system, and the system orders B before A. */
    NONE,
    /**
     * The users carry the timestamp: the person tells the friend T_A, and request B is given a
     * timestamp later than T_A. The call then brings T_A into the system like a message, so by IR2
     * computer B's clock passes it.
     */
    USER_TIMESTAMP,
    /**
     * Physical clocks that satisfy PC1 and PC2 (section 6), used as timestamps: when ε/(1 − κ) ≤ μ,
     * μ the shortest transmission time (the call included), request B's clock reads later than
     * request A's. Run on section 6's clocks by {@link PhysicalRemedy}.
     */
    PHYSICAL_CLOCKS;

    /** The remedy in words, as a dialog offers it. */
    public String label() {
        return switch (this) {
            case NONE -> "None";
            case USER_TIMESTAMP -> "The user carries the timestamp";
            case PHYSICAL_CLOCKS -> "Physical clocks as timestamps";
        };
    }
}
