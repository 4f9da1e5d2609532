package dev.spacetime.sim.mutex;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.EventGraph;
import dev.spacetime.model.Diagram;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * A diagram read as a run of the mutual exclusion algorithm (section 4): what each event does, told by
 * the labels of the messages it sends or receives ("request", "ack", "release", as the simulation
 * labels them) and by the label "enter (granted)"; and each process's request queue and the latest
 * timestamp it has heard from every other process, replayed along its line by rules 1 to 4. It reads
 * the diagram alone, so a run opened from its file is read as the run just made; timestamps Tm are the
 * Lamport clocks of the send events, as IR1 and IR2 set them.
 */
final class MutexReading {
    static final String REQUEST = "request";
    static final String ACK = "ack";
    static final String RELEASE = "release";
    static final String ENTER = "enter (granted)";

    /** What an event does in the algorithm. */
    enum Kind { REQUEST, RECEIVE_REQUEST, ACK, RECEIVE_ACK, RELEASE, RECEIVE_RELEASE, ENTER, OTHER }

    private final Analysis a;
    private final EventGraph g;
    private final Diagram d;

    MutexReading(Analysis a) {
        this.a = a;
        this.g = a.graph();
        this.d = g.diagram();
    }

    Analysis analysis() {
        return a;
    }

    Kind kind(int e) {
        if (ENTER.equals(d.eventLabel(g.handle(e)))) {
            return Kind.ENTER;
        }
        if (g.senderCount(e) == 1) {
            String label = messageLabel(g.sender(e, 0), e);
            return label.startsWith(REQUEST) ? Kind.RECEIVE_REQUEST : label.startsWith(ACK) ? Kind.RECEIVE_ACK
                    : label.startsWith(RELEASE) ? Kind.RECEIVE_RELEASE : Kind.OTHER;
        }
        int[] out = d.messagesOutOf(g.handle(e));
        if (g.senderCount(e) == 0 && out.length > 0) {
            String label = d.messageLabel(out[0]) == null ? "" : d.messageLabel(out[0]);
            return label.startsWith(REQUEST) ? Kind.REQUEST : label.startsWith(ACK) ? Kind.ACK
                    : label.startsWith(RELEASE) ? Kind.RELEASE : Kind.OTHER;
        }
        return Kind.OTHER;
    }

    /** The send event of the one message e receives. */
    int sender(int e) {
        return g.sender(e, 0);
    }

    /** The processes e sends to, in the diagram's order. */
    List<Integer> receivers(int e) {
        List<Integer> out = new ArrayList<>();
        for (int r : d.receiversOf(g.handle(e))) {
            out.add(d.processOf(r));
        }
        return out;
    }

    /** The timestamp a message sent at {@code send} carries: the sender's clock there. */
    int tm(int send) {
        return a.lamport(send);
    }

    /** The request queue of e's process right after e, in ⇒ order, replayed by rules 1 to 4. */
    List<Req> queueAfter(int e) {
        int p = g.process(e);
        TreeSet<Req> queue = new TreeSet<>();
        for (int k = g.start(p); k <= e; k++) {
            switch (kind(k)) {
                case REQUEST -> queue.add(new Req(tm(k), p)); // rule 1
                case RECEIVE_REQUEST -> queue.add(new Req(tm(sender(k)), g.process(sender(k)))); // rule 2
                case RELEASE -> queue.removeIf(r -> r.process() == p); // rule 3
                case RECEIVE_RELEASE -> {
                    int from = g.process(sender(k));
                    queue.removeIf(r -> r.process() == from); // rule 4
                }
                default -> {
                }
            }
        }
        return new ArrayList<>(queue);
    }

    /** The request of e's own process on its queue right after e, or null. */
    Req ownRequest(int e) {
        int p = g.process(e);
        return queueAfter(e).stream().filter(r -> r.process() == p).findFirst().orElse(null);
    }

    /** Per process: the latest timestamp e's process has heard from it up to e, or -1 for nothing yet. */
    int[] heard(int e) {
        int[] heard = new int[g.processCount()];
        Arrays.fill(heard, -1);
        for (int k = g.start(g.process(e)); k <= e; k++) {
            for (int i = 0; i < g.senderCount(k); i++) {
                int s = g.sender(k, i);
                heard[g.process(s)] = Math.max(heard[g.process(s)], tm(s));
            }
        }
        return heard;
    }

    /** The latest timestamp e's process sent to process q before e, or -1. */
    int sentBefore(int e, int q) {
        int latest = -1;
        for (int k = g.start(g.process(e)); k < e; k++) {
            if (receivers(k).contains(q)) {
                latest = Math.max(latest, tm(k));
            }
        }
        return latest;
    }

    /** Rule 5 at the enter event e: its request, those ahead of it by ⇒, and what it has heard. */
    Grant grant(int e) {
        int p = g.process(e);
        Req mine = ownRequest(e);
        if (mine == null) {
            return null;
        }
        List<String> ahead = queueAfter(e).stream().filter(r -> r.compareTo(mine) < 0).map(this::text).toList();
        int[] heard = heard(e);
        List<Grant.Heard> from = new ArrayList<>();
        for (int q = 0; q < g.processCount(); q++) {
            if (q != p) {
                from.add(new Grant.Heard(d.processName(q), heard[q]));
            }
        }
        return new Grant(g.id(e), d.processName(p), text(mine), mine.time(), ahead, from);
    }

    /** "3:P1", with the process named as the diagram names it. */
    String text(Req r) {
        return r.time() + ":" + d.processName(r.process());
    }

    String name(int process) {
        return d.processName(process);
    }

    int process(int e) {
        return g.process(e);
    }

    /** The event after e on its process, or -1. */
    int next(int e) {
        return g.position(e) + 1 < g.eventsOn(g.process(e)) ? e + 1 : -1;
    }

    int previous(int e) {
        return g.position(e) > 0 ? e - 1 : -1;
    }

    private String messageLabel(int send, int receive) {
        String label = d.messageLabel(d.messageBetween(g.handle(send), g.handle(receive)));
        return label == null ? "" : label;
    }
}
