package dev.spacetime.model;

import java.util.List;

/** Moves an event along its process to {@code toPosition}; refused if it would break time or causality. */
public record MoveEvent(String id, int toPosition) implements Edit {
    @Override
    public Edit applyTo(Diagram d) {
        int e = Lookup.event(d, id);
        int p = d.processOf(e);
        int from = d.positionOf(e);
        if (toPosition < 0 || toPosition >= d.eventCount(p)) {
            throw new EditRefusedException("no place " + toPosition + " on process " + Rules.shown(d.processName(p)));
        }
        String reason = TimeOrder.onProcess(d, p, toPosition, d.eventTime(e), e);
        if (reason != null) {
            throw new EditRefusedException("cannot move " + id + ": " + reason);
        }
        d.moveEvent(e, toPosition);
        List<List<Integer>> cycles = CausalCycles.find(d);
        if (!cycles.isEmpty()) {
            String cycle = CausalCycles.describe(d, cycles.get(0));
            d.moveEvent(e, from);
            throw new EditRefusedException("cannot move " + id + " there: it would make a causal cycle " + cycle);
        }
        return new MoveEvent(id, from);
    }

    @Override
    public String description() {
        return "Move event " + id;
    }
}
