package dev.spacetime.export;

/**
 * Which lines between pairs of events a picture draws, as the window's View menu chooses them.
 *
 * @param concurrent     every concurrent pair joined (or, with one event selected, the event to each
 *                       event concurrent with it)
 * @param falseOrderings every pair with C(a) &lt; C(b) yet a ‖ b
 * @param anomalies      every pair with a ➝ b yet C(a) ≥ C(b), section 5's anomalies
 * @param externalCones  one selected event's past and future taken under ➝ (external messages count)
 */
public record PairLines(boolean concurrent, boolean falseOrderings, boolean anomalies, boolean externalCones) {
    /** No pair lines, cones under →. */
    public static final PairLines NONE = new PairLines(false, false, false, false);
}
