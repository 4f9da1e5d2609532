package dev.spacetime.causality;

import java.util.ArrayList;
import java.util.List;

/**
 * The Clock Condition of section 3: if a → b then C(a) < C(b). By transitivity it is enough to check
 * each step, later on a process (C1) and along a message (C2). Works for any clock assignment:
 * Lamport clocks, a simulation's physical clocks, or times typed in by a student.
 */
public final class ClockCondition {
    /** A step a → b, or a ➝ b through an external message, with C(a) ≥ C(b). */
    public record Violation(int from, int to, boolean message, boolean external) {
    }

    private ClockCondition() {
    }

    /**
     * Every step whose clock does not increase. With {@code withExternal}, external messages are
     * steps too: that checks the Strong Clock Condition on the direct steps of ➝.
     */
    public static List<Violation> violations(EventGraph g, double[] clock, boolean withExternal) {
        List<Violation> found = new ArrayList<>();
        for (int e = 0; e < g.eventCount(); e++) {
            if (g.position(e) > 0 && !(clock[e - 1] < clock[e])) {
                found.add(new Violation(e - 1, e, false, false));
            }
            for (int k = 0; k < g.senderCount(e); k++) {
                int s = g.sender(e, k);
                if (!(clock[s] < clock[e])) {
                    found.add(new Violation(s, e, true, false));
                }
            }
            for (int k = 0; withExternal && k < g.externalSenderCount(e); k++) {
                int x = g.externalSender(e, k);
                if (!(clock[x] < clock[e])) {
                    found.add(new Violation(x, e, true, true));
                }
            }
        }
        return found;
    }
}
