package dev.spacetime.drawing;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.CausalCone;

/**
 * How each event is coloured for a selection: one selected event colours its past, future and
 * concurrent events; two are only marked. Worked out per event from the cone's ranges (on each
 * process the past is a prefix and the future a suffix), so a click costs nothing per event. The cone
 * is under → or, when asked, under ➝ (external messages count too).
 */
final class EventRoles {
    private final int[] selected;
    private final CausalCone cone; // null unless exactly one event is selected

    EventRoles(Analysis analysis, int[] selected, boolean external) {
        this.selected = selected.clone();
        this.cone = selected.length != 1 ? null
                : external ? analysis.coneWithExternal(selected[0]) : analysis.cone(selected[0]);
    }

    Role of(int e) {
        for (int s : selected) {
            if (s == e) {
                return Role.SELECTED;
            }
        }
        if (cone == null) {
            return Role.EVENT;
        }
        return cone.inPast(e) ? Role.PAST : cone.inFuture(e) ? Role.FUTURE : Role.CONCURRENT;
    }
}
