package dev.spacetime.drawing;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.CausalCone;
import java.util.Arrays;

/** How each event is coloured for a selection: one selected event colours its past, future and concurrent events. */
final class EventRoles {
    private EventRoles() {
    }

    static Role[] of(Analysis analysis, int[] selected) {
        Role[] roles = new Role[analysis.eventCount()];
        Arrays.fill(roles, Role.EVENT);
        if (selected.length == 1) {
            int s = selected[0];
            CausalCone cone = analysis.cone(s);
            var g = analysis.graph();
            // On each process the past is a prefix and the future a suffix: fill ranges, not event by event.
            for (int q = 0; q < g.processCount(); q++) {
                int start = g.start(q);
                int end = start + g.eventsOn(q);
                int past = start + Math.min(cone.pastEnd(q), g.eventsOn(q));
                int future = start + Math.max(cone.futureStart(q), 0);
                future = Math.max(past, Math.min(future, end));
                Arrays.fill(roles, start, past, Role.PAST);
                Arrays.fill(roles, past, future, Role.CONCURRENT);
                Arrays.fill(roles, future, end, Role.FUTURE);
            }
            roles[s] = Role.SELECTED;
        } else {
            for (int e : selected) {
                roles[e] = Role.SELECTED;
            }
        }
        return roles;
    }
}
