package dev.spacetime.step;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.EventGraph;
import java.util.ArrayList;
import java.util.List;

/**
 * An execution replayed up to a point: the first {@code cursor} events of an order have happened.
 * Gives what the step-through shows — which events happened, which messages are in flight, each
 * process's clock register C_i (and vector clock) — and how the last step changed the clocks.
 * Immutable: stepping makes a new replay.
 */
public final class Replay {
    private final Analysis analysis;
    private final int[] order;
    private final int cursor;
    private final boolean[] happened;
    private final int[] happenedOn; // per process: how many of its events happened

    /** @param order a valid order of events (see {@link Linearization}); cursor is clamped to 0..order.length */
    public Replay(Analysis analysis, int[] order, int cursor) {
        this.analysis = analysis;
        this.order = order.clone();
        this.cursor = Math.max(0, Math.min(cursor, order.length));
        EventGraph g = analysis.graph();
        happened = new boolean[g.eventCount()];
        happenedOn = new int[g.processCount()];
        for (int k = 0; k < this.cursor; k++) {
            happened[order[k]] = true;
            happenedOn[g.process(order[k])]++;
        }
    }

    public Analysis analysis() {
        return analysis;
    }

    /** How many events have happened. */
    public int cursor() {
        return cursor;
    }

    /** How many steps there are (events in the order). */
    public int length() {
        return order.length;
    }

    /** The k-th event of the order. */
    public int eventAt(int k) {
        return order[k];
    }

    public Replay at(int newCursor) {
        return new Replay(analysis, order, newCursor);
    }

    public boolean happened(int e) {
        return happened[e];
    }

    /** The event of the last step, or -1 at the start. */
    public int lastEvent() {
        return cursor == 0 ? -1 : order[cursor - 1];
    }

    /** The last event that happened on process p, or -1. */
    public int lastOn(int p) {
        return happenedOn[p] == 0 ? -1 : analysis.graph().start(p) + happenedOn[p] - 1;
    }

    /** Process p's clock register C_p now: the clock of its last event, 0 before its first. */
    public int clock(int p) {
        int e = lastOn(p);
        return e < 0 ? 0 : analysis.lamport(e);
    }

    /** Process p's vector clock now. */
    public int[] vector(int p) {
        int e = lastOn(p);
        return e < 0 ? new int[analysis.graph().processCount()] : analysis.vector(e);
    }

    /** The last step in the paper's terms, or a sentence saying nothing has happened yet. */
    public String explanation(boolean withVector) {
        int e = lastEvent();
        if (e < 0) {
            return "Nothing has happened yet: every clock register reads 0.";
        }
        return "Step " + cursor + " of " + order.length + ": " + Explanation.of(analysis, e, withVector)
                + outOfCallOrder(e);
    }

    /**
     * What an order that ignores external messages (⇒ exactly) has done at e, or "": received a
     * telephone call whose caller has not happened yet, or made a call that was received before it.
     */
    private String outOfCallOrder(int e) {
        EventGraph g = analysis.graph();
        List<String> callers = new ArrayList<>();
        for (int k = 0; k < g.externalSenderCount(e); k++) {
            if (!happened[g.externalSender(e, k)]) {
                callers.add(g.id(g.externalSender(e, k)));
            }
        }
        List<String> answered = new ArrayList<>();
        for (int h : g.diagram().receiversOf(g.handle(e))) {
            int r = g.indexOfHandle(h);
            for (int k = 0; k < g.externalSenderCount(r); k++) {
                if (g.externalSender(r, k) == e && happened[r]) { // e has just happened, so r came before it
                    answered.add(g.id(r));
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        if (!callers.isEmpty()) {
            sb.append(". In ⇒ its sender ").append(Explanation.names(callers)).append(callers.size() == 1 ? " has" : " have")
                    .append(" not happened yet: ⇒ ignores external messages, so the system orders this receive before"
                            + " the send, the anomalous behaviour of section 5");
        }
        if (!answered.isEmpty()) {
            sb.append(". ").append(Explanation.names(answered)).append(" received this external message earlier in ⇒,"
                    + " before it was sent: the anomalous behaviour of section 5");
        }
        return sb.toString();
    }

    /** A copy of the order. */
    public int[] order() {
        return order.clone();
    }
}
