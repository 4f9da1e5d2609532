package dev.spacetime.layout;

import dev.spacetime.causality.EventGraph;
import dev.spacetime.model.Diagram;
import java.util.Arrays;

/**
 * Runs of local events — neither sending nor receiving — one after another on a process, which a
 * long trace has plenty of. Collapsed, a run is drawn as its first event, labelled with how many it
 * stands for, so what remains on the lines is the communication.
 */
public final class LocalRuns {
    /** The shortest run worth collapsing. */
    public static final int SHORTEST = 3;

    private LocalRuns() {
    }

    /** For each event: the run length at a run's first event, 0 for the rest of the run, 1 for every other event. */
    static int[] lengths(EventGraph g, boolean collapse) {
        int[] length = new int[g.eventCount()];
        Arrays.fill(length, 1);
        if (!collapse) {
            return length;
        }
        Diagram d = g.diagram();
        for (int p = 0; p < g.processCount(); p++) {
            int start = g.start(p);
            int end = start + g.eventsOn(p);
            int e = start;
            while (e < end) {
                int run = e;
                while (run < end && local(g, d, run)) {
                    run++;
                }
                if (run - e >= SHORTEST) {
                    length[e] = run - e;
                    for (int k = e + 1; k < run; k++) {
                        length[k] = 0;
                    }
                }
                e = Math.max(run, e + 1);
            }
        }
        return length;
    }

    private static boolean local(EventGraph g, Diagram d, int e) {
        return !g.receives(e) && d.sendCount(g.handle(e)) == 0;
    }
}
