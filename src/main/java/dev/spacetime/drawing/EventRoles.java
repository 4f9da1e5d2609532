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
            for (int e = 0; e < roles.length; e++) {
                roles[e] = e == s ? Role.SELECTED
                        : cone.inPast(e) ? Role.PAST : cone.inFuture(e) ? Role.FUTURE : Role.CONCURRENT;
            }
        } else {
            for (int e : selected) {
                roles[e] = Role.SELECTED;
            }
        }
        return roles;
    }
}
