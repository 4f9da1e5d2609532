package dev.spacetime.sim.mutex;

import dev.spacetime.model.Bar;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.TimeDirection;
import dev.spacetime.sim.Recorder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Lamport's distributed mutual exclusion (section 4), simulated in physical time with Lamport clocks
 * kept by IR1 and IR2 on every process. The five rules as the paper states them:
 * <ol>
 * <li>To request the resource, Pi sends "Tm:Pi requests resource" to every other process and puts it
 * on its own request queue.</li>
 * <li>When Pj receives it, Pj puts it on its queue and sends a timestamped acknowledgement to Pi.</li>
 * <li>To release the resource, Pi removes Tm:Pi from its queue and sends a timestamped "Pi releases
 * resource" to every other process.</li>
 * <li>When Pj receives it, Pj removes any Tm:Pi request from its queue.</li>
 * <li>Pi is granted the resource when its Tm:Pi request is ordered before every other request in its
 * queue by ⇒, and it has received a message from every other process timestamped later than Tm.</li>
 * </ol>
 * Channels are FIFO, as the algorithm assumes. Deterministic for given parameters.
 */
public final class MutexSimulation {
    private static final int MAX_STEPS = 200_000;
    private final MutexParameters params;
    private final SplittableRandom rnd;
    private final Recorder rec;
    private final int n;
    private final PriorityQueue<Happening> agenda = new PriorityQueue<>();
    private final int[] clock;
    private final List<TreeSet<Req>> queue = new ArrayList<>();
    private final int[][] lastStampFrom;  // [j][i]: latest timestamp j received from i
    private final int[][] lastStampTo;    // [i][j]: latest timestamp i sent to j
    private final double[][] lastArrival; // FIFO channels
    private final Req[] pending;
    private final String[] enterEvent;
    private final int[] deferred;
    private final List<MutexRun.Request> requests = new ArrayList<>();
    private final List<MutexRun.CriticalSection> sections = new ArrayList<>();
    private final Map<String, String> queues = new LinkedHashMap<>();
    private long seq;

    private enum Kind { WANT, DELIVER, RELEASE }

    private enum Type { REQUEST, ACK, RELEASE }

    private record Happening(double time, long seq, Kind kind, int process, Type type, int from, int stamp,
            String sendEvent) implements Comparable<Happening> {
        @Override
        public int compareTo(Happening o) {
            return time != o.time ? Double.compare(time, o.time) : Long.compare(seq, o.seq);
        }
    }

    private MutexSimulation(MutexParameters params) {
        this.params = params;
        this.rnd = new SplittableRandom(params.seed());
        this.n = params.processes();
        List<String> names = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            names.add("P" + (p + 1));
            queue.add(new TreeSet<>(params.variant() == Variant.IGNORE_TIES
                    ? (a, b) -> a.time() != b.time() ? Integer.compare(a.time(), b.time()) : Integer.compare(a.process(), b.process())
                    : null));
        }
        this.rec = new Recorder(names);
        clock = new int[n];
        lastStampFrom = new int[n][n];
        lastStampTo = new int[n][n];
        lastArrival = new double[n][n];
        pending = new Req[n];
        enterEvent = new String[n];
        deferred = new int[n];
    }

    public static MutexRun run(MutexParameters params) {
        String problem = params.problem();
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new MutexSimulation(params).simulate();
    }

    private MutexRun simulate() {
        for (MutexParameters.Request r : params.requests()) {
            schedule(r.time(), Kind.WANT, r.process(), null, -1, 0, null);
        }
        int steps = 0;
        while (!agenda.isEmpty() && steps++ < MAX_STEPS) {
            Happening h = agenda.poll();
            switch (h.kind()) {
                case WANT -> want(h.process(), h.time());
                case DELIVER -> deliver(h);
                case RELEASE -> release(h.process(), h.time());
            }
        }
        List<Bar> bars = new ArrayList<>();
        for (MutexRun.CriticalSection s : sections) {
            bars.add(new Bar(s.enter(), s.release(), "holds the resource (Tm = " + s.timestamp() + ")"));
        }
        Map<String, String> notes = new LinkedHashMap<>();
        queues.forEach((id, q) -> notes.put(id, "queue: " + (q.isEmpty() ? "empty" : q)));
        Diagram d = rec.build("Mutual exclusion (section 4): " + n + " processes, "
                + (params.variant() == Variant.CORRECT ? "the paper's algorithm" : "broken: " + params.variant())
                + ", seed " + params.seed(), b -> b
                        .timeDirection(TimeDirection.RIGHT) // a long execution reads best along the page
                        .simulation(params.settings())
                        .bars(bars)
                        .stepNotes(notes));
        return new MutexRun(params, d, requests, sections, queues);
    }

    private void schedule(double t, Kind kind, int p, Type type, int from, int stamp, String sendEvent) {
        agenda.add(new Happening(t, seq++, kind, p, type, from, stamp, sendEvent));
    }

    private void want(int p, double t) {
        if (pending[p] != null) {
            deferred[p]++; // one request at a time: ask again after this one is released
            return;
        }
        clock[p]++; // IR1
        Req r = new Req(clock[p], p);
        String id = rec.event(p, t, "request (Tm = " + r.time() + ")");
        pending[p] = r;
        queue.get(p).add(r); // rule 1
        requests.add(new MutexRun.Request(p, r.time(), id));
        for (int j = 0; j < n; j++) {
            if (j != p) {
                send(p, j, Type.REQUEST, r.time(), id);
            }
        }
        snapshot(p, id);
        tryGrant(p);
    }

    private void send(int from, int to, Type type, int stamp, String sendEvent) {
        double sent = rec.lastTime(from);
        double arrival = sent + rnd.nextDouble(params.minDelay(), params.maxDelay() + 1e-9);
        // FIFO: never overtake an earlier message on the same channel.
        arrival = Math.max(arrival, lastArrival[from][to] + 0.01);
        lastArrival[from][to] = arrival;
        lastStampTo[from][to] = Math.max(lastStampTo[from][to], stamp);
        schedule(arrival, Kind.DELIVER, to, type, from, stamp, sendEvent);
    }

    private void deliver(Happening h) {
        int j = h.process();
        int i = h.from();
        clock[j] = Math.max(clock[j], h.stamp()) + 1; // IR2
        String id = rec.event(j, h.time(), null);
        rec.message(h.sendEvent(), id, label(h.type(), h.stamp()), false);
        lastStampFrom[j][i] = Math.max(lastStampFrom[j][i], h.stamp());
        switch (h.type()) {
            case REQUEST -> {
                queue.get(j).add(new Req(h.stamp(), i)); // rule 2
                snapshot(j, id);
                // The paper's note: no acknowledgement is needed if Pj already sent Pi a later-timestamped message.
                if (!(params.skipRedundantAcks() && lastStampTo[j][i] > h.stamp())) {
                    clock[j]++; // IR1
                    String ack = rec.event(j, h.time(), "ack");
                    send(j, i, Type.ACK, clock[j], ack);
                    snapshot(j, ack);
                }
            }
            case RELEASE -> {
                queue.get(j).removeIf(r -> r.process() == i); // rule 4
                snapshot(j, id);
            }
            default -> snapshot(j, id);
        }
        tryGrant(j);
    }

    /** Rule 5, or the broken variant's shortcut. */
    private void tryGrant(int p) {
        Req mine = pending[p];
        if (mine == null || enterEvent[p] != null || !first(p, mine)) {
            return;
        }
        if (params.variant() != Variant.NO_WAIT_FOR_ACKS) {
            for (int j = 0; j < n; j++) {
                if (j != p && lastStampFrom[p][j] <= mine.time()) {
                    return;
                }
            }
        }
        clock[p]++; // IR1
        enterEvent[p] = rec.event(p, rec.lastTime(p), MutexReading.ENTER);
        snapshot(p, enterEvent[p]);
        schedule(rec.lastTime(p) + params.hold(), Kind.RELEASE, p, null, -1, 0, null);
    }

    /** Whether p's request is ordered before every other request in p's queue. */
    private boolean first(int p, Req mine) {
        for (Req r : queue.get(p)) {
            if (r.equals(mine)) {
                continue;
            }
            boolean before = params.variant() == Variant.IGNORE_TIES ? r.time() < mine.time() : r.compareTo(mine) < 0;
            if (before) {
                return false;
            }
        }
        return true;
    }

    private void release(int p, double t) {
        clock[p]++; // IR1
        String id = rec.event(p, t, "release");
        Req mine = pending[p];
        queue.get(p).remove(mine); // rule 3
        sections.add(new MutexRun.CriticalSection(p, mine.time(), enterEvent[p], id));
        pending[p] = null;
        enterEvent[p] = null;
        for (int j = 0; j < n; j++) {
            if (j != p) {
                send(p, j, Type.RELEASE, clock[p], id);
            }
        }
        snapshot(p, id);
        if (deferred[p] > 0) {
            deferred[p]--;
            schedule(rec.lastTime(p) + 0.5, Kind.WANT, p, null, -1, 0, null);
        }
    }

    private void snapshot(int p, String event) {
        List<Req> sorted = new ArrayList<>(queue.get(p));
        sorted.sort(null);
        StringBuilder sb = new StringBuilder();
        for (Req r : sorted) {
            sb.append(sb.length() == 0 ? "" : " ").append(r);
        }
        queues.put(event, sb.toString());
    }

    /** The message's label, by which a saved run is read again (see {@link MutexReading}). */
    private static String label(Type type, int stamp) {
        return switch (type) {
            case REQUEST -> MutexReading.REQUEST + " Tm=" + stamp;
            case ACK -> MutexReading.ACK + " " + stamp;
            case RELEASE -> MutexReading.RELEASE + " " + stamp;
        };
    }
}
