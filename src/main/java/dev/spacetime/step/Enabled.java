package dev.spacetime.step;

import dev.spacetime.causality.EventGraph;
import java.util.ArrayList;
import java.util.List;

/**
 * The events that can happen next: not yet happened, with their predecessor on the process and the
 * send of the message they receive (internal or external) already happened.
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
        int s = Successors.senderOf(g, e);
        return s < 0 || happened[s];
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
