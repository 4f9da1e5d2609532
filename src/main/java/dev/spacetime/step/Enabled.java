package dev.spacetime.step;

import dev.spacetime.causality.EventGraph;
import java.util.ArrayList;
import java.util.List;

/**
 * The events that can happen next: not yet happened, with their predecessor on the process and the
 * sends of the messages they receive (internal or external) already happened.
 */
public final class Enabled {
    private Enabled() {
    }

    public static boolean isEnabled(EventGraph g, boolean[] happened, int e) {
        if (happened[e]) {
            return false;
        }
        if (g.position(e) > 0 && !happened[e - 1]) {
            return false;
        }
        for (int k = 0; k < g.senderCount(e); k++) {
            if (!happened[g.sender(e, k)]) {
                return false;
            }
        }
        for (int k = 0; k < g.externalSenderCount(e); k++) {
            if (!happened[g.externalSender(e, k)]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Why an event that has not happened cannot happen next, in the words a class uses: "q3 must wait
     * for q2, before it on Q" and "q2 waits for the message from p1, not sent yet"; null when it can
     * (or has happened already).
     */
    public static String whyNot(EventGraph g, boolean[] happened, int e) {
        if (happened[e]) {
            return null;
        }
        List<String> reasons = new ArrayList<>();
        if (g.position(e) > 0 && !happened[e - 1]) {
            reasons.add("must wait for " + g.id(e - 1) + ", before it on " + g.diagram().processName(g.process(e)));
        }
        List<String> unsent = new ArrayList<>();
        for (int k = 0; k < g.senderCount(e); k++) {
            if (!happened[g.sender(e, k)]) {
                unsent.add(g.id(g.sender(e, k)));
            }
        }
        for (int k = 0; k < g.externalSenderCount(e); k++) {
            if (!happened[g.externalSender(e, k)]) {
                unsent.add(g.id(g.externalSender(e, k)));
            }
        }
        if (unsent.size() == 1) {
            reasons.add("waits for the message from " + unsent.get(0) + ", not sent yet");
        } else if (unsent.size() > 1) {
            reasons.add("waits for the messages from " + Explanation.names(unsent) + ", not sent yet");
        }
        return reasons.isEmpty() ? null : g.id(e) + " " + String.join(", and ", reasons);
    }

    /** Every enabled event, in index order (process by process). */
    public static List<Integer> of(EventGraph g, boolean[] happened) {
        List<Integer> enabled = new ArrayList<>();
        for (int p = 0; p < g.processCount(); p++) {
            // Along a process the happened events are a prefix, so only the first one not happened can be enabled.
            int start = g.start(p);
            int i = 0;
            while (i < g.eventsOn(p) && happened[start + i]) {
                i++;
            }
            if (i < g.eventsOn(p) && isEnabled(g, happened, start + i)) {
                enabled.add(start + i);
            }
        }
        return enabled;
    }
}
