package dev.spacetime.app.panels;

import dev.spacetime.causality.AssignedClocks;
import dev.spacetime.causality.ClockCondition;
import dev.spacetime.causality.EventGraph;
import dev.spacetime.model.ReadableNumber;
import java.util.ArrayList;
import java.util.List;

/**
 * The diagram's own clocks ("my clocks") held against the Clock Condition, in words: for one event,
 * which of C1 and C2 fail at it and with which neighbour; for the whole diagram, how many steps fail
 * each and how many events have no value yet. The two halves are always named apart, as the paper does.
 */
public final class ClockCheckText {
    private ClockCheckText() {
    }

    /**
     * "not yet given", "keeps C1 and C2", or the failures at this event such as
     * "C1 fails: q2 comes before it, yet 10 ≥ 5; C2 fails: p1 sends it a message, yet 3 ≥ 2".
     */
    static String ofEvent(AssignedClocks mine, EventGraph g, int e) {
        if (!mine.given(e)) {
            return "not yet given";
        }
        List<String> found = new ArrayList<>();
        for (ClockCondition.Violation v : mine.c1Violations()) {
            if (v.to() == e) {
                found.add("C1 fails: " + g.id(v.from()) + " comes before it, yet " + values(mine, v));
            } else if (v.from() == e) {
                found.add("C1 fails: " + g.id(v.to()) + " comes after it, yet " + values(mine, v));
            }
        }
        for (ClockCondition.Violation v : mine.c2Violations()) {
            if (v.to() == e) {
                found.add("C2 fails: " + g.id(v.from()) + " sends it a message, yet " + values(mine, v));
            } else if (v.from() == e) {
                found.add("C2 fails: its message to " + g.id(v.to()) + ", yet " + values(mine, v));
            }
        }
        return found.isEmpty() ? "keeps C1 and C2" : String.join("; ", found);
    }

    /**
     * "My clocks C_mine: C1 fails at 1 step, C2 at 2 messages; 3 events not yet given", or "My clocks
     * C_mine keep the Clock Condition: ⇒ can be built from them".
     */
    static String summary(AssignedClocks mine) {
        int c1 = mine.c1Violations().size();
        int c2 = mine.c2Violations().size();
        int missing = mine.missing().size();
        String notYet = missing == 0 ? "" : missing + (missing == 1 ? " event" : " events") + " not yet given";
        if (c1 == 0 && c2 == 0) {
            return "My clocks " + mine.name() + (missing == 0
                    ? " keep the Clock Condition (C1 and C2): the ⇒ panel can order by them"
                    : ": C1 and C2 hold so far; " + notYet);
        }
        return "My clocks " + mine.name() + ": C1 " + (c1 == 0 ? "holds" : "fails at " + count(c1, "step"))
                + ", C2 " + (c2 == 0 ? "holds" : "fails at " + count(c2, "message"))
                + (missing == 0 ? "" : "; " + notYet);
    }

    /** "10 ≥ 5": the values at the two ends of a failing step. */
    private static String values(AssignedClocks mine, ClockCondition.Violation v) {
        return ReadableNumber.of(mine.of(v.from())) + " ≥ " + ReadableNumber.of(mine.of(v.to()));
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
