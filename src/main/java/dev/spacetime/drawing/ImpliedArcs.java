package dev.spacetime.drawing;

import dev.spacetime.causality.EventGraph;
import dev.spacetime.layout.DiagramLayout;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * With processes hidden, the causality that runs through them is still shown: a dashed arc from a
 * shown send to each shown receive it reaches through hidden events only (a chain of messages and
 * later events on hidden processes), so what happened before what still reads off the picture.
 */
final class ImpliedArcs {
    /** Arcs drawn at most; past this the picture is a smear and tells nothing more. */
    static final int LIMIT = 20_000;

    private ImpliedArcs() {
    }

    static void add(DiagramLayout layout, List<Shape> shapes) {
        EventGraph g = layout.analysis().graph();
        if (layout.shownProcesses() == g.processCount()) {
            return;
        }
        int n = g.eventCount();
        int[][] receivers = receivers(g);
        Set<Long> arcs = new LinkedHashSet<>();
        for (int s = 0; s < n && arcs.size() < LIMIT; s++) {
            if (!layout.isShown(s) || receivers[s].length == 0) {
                continue;
            }
            // Walk forward from the hidden receives of s, through hidden events only.
            ArrayDeque<Integer> todo = new ArrayDeque<>();
            Set<Integer> seen = new HashSet<>();
            for (int r : receivers[s]) {
                if (!layout.isShown(r) && seen.add(r)) {
                    todo.add(r);
                }
            }
            while (!todo.isEmpty()) {
                int h = todo.poll();
                if (g.position(h) + 1 < g.eventsOn(g.process(h)) && seen.add(h + 1)) {
                    todo.add(h + 1);
                }
                for (int r : receivers[h]) {
                    if (layout.isShown(r)) {
                        arcs.add((long) s << 32 | r);
                    } else if (seen.add(r)) {
                        todo.add(r);
                    }
                }
            }
        }
        for (long arc : arcs) {
            int s = (int) (arc >>> 32);
            int r = (int) arc;
            shapes.add(new Shape.Wave(layout.eventX(s), layout.eventY(s), layout.eventX(r), layout.eventY(r), true,
                    Role.IMPLIED, g.id(s) + " ⇢ " + g.id(r) + " (through hidden processes)", null));
        }
    }

    /** For each event, the receives of the messages it sends, internal and external. */
    private static int[][] receivers(EventGraph g) {
        int n = g.eventCount();
        int[] count = new int[n];
        for (int e = 0; e < n; e++) {
            for (int k = 0; k < g.senderCount(e); k++) {
                count[g.sender(e, k)]++;
            }
            for (int k = 0; k < g.externalSenderCount(e); k++) {
                count[g.externalSender(e, k)]++;
            }
        }
        int[][] out = new int[n][];
        for (int e = 0; e < n; e++) {
            out[e] = new int[count[e]];
            count[e] = 0;
        }
        for (int e = 0; e < n; e++) {
            for (int k = 0; k < g.senderCount(e); k++) {
                int s = g.sender(e, k);
                out[s][count[s]++] = e;
            }
            for (int k = 0; k < g.externalSenderCount(e); k++) {
                int s = g.externalSender(e, k);
                out[s][count[s]++] = e;
            }
        }
        return out;
    }
}
