package dev.spacetime.exercise;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.EventGraph;
import dev.spacetime.step.Enabled;
import java.util.List;

/**
 * Why a proposed order could or could not have happened: the first step whose event was not yet
 * enabled, in the step-through's words ("q3 waits for the message from p2, not sent yet"), or that every
 * step was enabled.
 */
final class LinearizationReasons {
    private LinearizationReasons() {
    }

    static String of(Analysis a, List<String> proposed) {
        EventGraph g = a.graph();
        boolean[] happened = new boolean[g.eventCount()];
        for (int k = 0; k < proposed.size(); k++) {
            int e = a.indexOf(proposed.get(k));
            String why = Enabled.whyNot(g, happened, e);
            if (why != null) {
                return "impossible: at step " + (k + 1) + " " + why + ", so the system could not have gone through "
                        + "this order";
            }
            happened[e] = true;
        }
        return "possible: every event comes after the one before it on its process and after the send of each "
                + "message it receives, so the system could have gone through this order";
    }

    /** The first event that could not happen when the order reaches it, or none when the order is possible. */
    static List<String> culprits(Analysis a, List<String> proposed) {
        EventGraph g = a.graph();
        boolean[] happened = new boolean[g.eventCount()];
        for (String id : proposed) {
            int e = a.indexOf(id);
            if (!Enabled.isEnabled(g, happened, e)) {
                return List.of(id);
            }
            happened[e] = true;
        }
        return List.of();
    }
}
