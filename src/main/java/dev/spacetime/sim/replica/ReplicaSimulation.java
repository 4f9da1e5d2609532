package dev.spacetime.sim.replica;

import dev.spacetime.model.Diagram;
import dev.spacetime.model.TimeDirection;
import dev.spacetime.sim.Recorder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * The state machine of section 4: every process keeps a copy of a register x and the processes issue
 * commands to it ("x := 5", "x += 2"), each timestamped with the Lamport clock of the event that
 * issues it (IR1, IR2) and sent to every other process. In the paper's way a replica runs a command
 * only once it is stable (see {@link Replica}), in ⇒ order; so every replica runs the same commands in
 * the same order and they all end the same. A replica that receives a command acknowledges it to
 * everyone in the same event, so that everyone hears from everyone, unless it has already sent a
 * message timestamped that late (the paper's note on mutual exclusion: then the ack says nothing new).
 * A replica runs the commands a receive makes stable in that same event (running one sends nothing,
 * so it is no event of its own), and the event's label says what ran and x after it. Channels are
 * FIFO, as the stability rule needs. Deterministic for given parameters.
 */
public final class ReplicaSimulation {
    private static final int MAX_STEPS = 500_000;
    private final ReplicaParameters params;
    private final SplittableRandom rnd;
    private final Recorder rec;
    private final int n;
    private final boolean naive;
    private final PriorityQueue<Happening> agenda = new PriorityQueue<>();
    private final int[] clock;
    private final Replica[] replicas;
    private final int[] lastSent;         // latest timestamp each process sent (to everyone: all sends are broadcasts)
    private final double[][] lastArrival; // FIFO channels
    private final List<ReplicaRun.Issued> issued = new ArrayList<>();
    private final List<List<ReplicaRun.Execution>> executions = new ArrayList<>();
    private final Map<String, String> notes = new LinkedHashMap<>();
    private ReplicaRun.Silence silence;
    private long seq;

    private enum Kind { ISSUE, DELIVER, FALL_SILENT }

    /** Something that happens at a time: a command issued, a message delivered, or the silence. */
    private record Happening(double time, long seq, Kind kind, int process, int from, int stamp, Stamped command,
            Command toIssue, String sendEvent) implements Comparable<Happening> {
        @Override
        public int compareTo(Happening o) {
            return time != o.time ? Double.compare(time, o.time) : Long.compare(seq, o.seq);
        }
    }

    private ReplicaSimulation(ReplicaParameters params) {
        this.params = params;
        this.rnd = new SplittableRandom(params.seed());
        this.n = params.processes();
        this.naive = params.variant() == Variant.ON_ARRIVAL;
        List<String> names = new ArrayList<>();
        replicas = new Replica[n];
        for (int p = 0; p < n; p++) {
            names.add("P" + (p + 1));
            replicas[p] = new Replica(p, n);
            executions.add(new ArrayList<>());
        }
        rec = new Recorder(names);
        clock = new int[n];
        lastSent = new int[n];
        lastArrival = new double[n][n];
    }

    public static ReplicaRun run(ReplicaParameters params) {
        String problem = params.problem();
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new ReplicaSimulation(params).simulate();
    }

    private ReplicaRun simulate() {
        if (params.variant() == Variant.SILENT_PROCESS) {
            schedule(params.silentAt(), Kind.FALL_SILENT, n - 1, -1, 0, null, null, null);
        }
        for (ReplicaParameters.Issue i : params.issues()) {
            schedule(i.time(), Kind.ISSUE, i.process(), -1, 0, null, i.command(), null);
        }
        int steps = 0;
        while (!agenda.isEmpty() && steps++ < MAX_STEPS) {
            Happening h = agenda.poll();
            switch (h.kind()) {
                case ISSUE -> issue(h.process(), h.time(), h.toIssue());
                case DELIVER -> deliver(h);
                case FALL_SILENT -> fallSilent(h.process(), h.time());
            }
        }
        List<List<Stamped>> left = new ArrayList<>();
        for (Replica r : replicas) {
            left.add(r.waiting());
        }
        Diagram d = rec.build(title(), b -> b
                .timeDirection(TimeDirection.RIGHT) // a long execution reads best along the page
                .simulation(params.settings())
                .stepNotes(notes));
        return new ReplicaRun(params, d, issued, executions, left, silence);
    }

    private String title() {
        String how = switch (params.variant()) {
            case STATE_MACHINE -> "stable commands run in ⇒ order";
            case ON_ARRIVAL -> "naive: each command run as it arrives";
            case SILENT_PROCESS -> "P" + n + " falls silent at " + dev.spacetime.model.ReadableNumber.of(params.silentAt());
        };
        return "Replicated register (section 4): " + n + " processes, " + how + ", seed " + params.seed();
    }

    private void schedule(double t, Kind kind, int p, int from, int stamp, Stamped command, Command toIssue,
            String sendEvent) {
        agenda.add(new Happening(t, seq++, kind, p, from, stamp, command, toIssue, sendEvent));
    }

    private void issue(int p, double t, Command command) {
        if (params.silent(p, t)) {
            return; // a silent process issues nothing: it would have to tell everyone
        }
        clock[p]++; // IR1
        Stamped c = new Stamped(clock[p], p, command);
        Replica r = replicas[p];
        r.hold(c);
        // The paper's way never runs anything here: no one else can have sent a timestamp as late as this clock.
        List<ReplicaRun.Execution> ran = naive ? List.of(run(r, c)) : List.of();
        String id = rec.event(p, t, naive ? "issues and " + runs(ran) : "issues " + c);
        record(p, id, ran);
        issued.add(new ReplicaRun.Issued(c, id));
        broadcast(p, id, c.time(), c, c.toString());
    }

    private void deliver(Happening h) {
        int j = h.process();
        clock[j] = Math.max(clock[j], h.stamp()) + 1; // IR2
        Replica r = replicas[j];
        Stamped c = h.command();
        boolean ack = false;
        if (c == null) {
            r.heardFrom(h.from(), h.stamp());
        } else {
            r.hold(c);
            // Everyone must hear from j with a timestamp of at least T; an earlier broadcast that late will do.
            ack = !naive && !params.silent(j, h.time()) && lastSent[j] < c.time();
        }
        List<ReplicaRun.Execution> ran = naive ? (c == null ? List.of() : List.of(run(r, c))) : stableNow(r);
        String id = rec.event(j, h.time(), ran.isEmpty() ? null : runs(ran));
        rec.message(h.sendEvent(), id, c == null ? "ack" : c.toString(), false);
        record(j, id, ran);
        if (ack) {
            broadcast(j, id, clock[j], null, null); // the receive sends: the ack carries the receive's clock
        }
    }

    /**
     * Runs the commands at the head of r's queue that are stable, in ⇒ order, each judged after the
     * ones before it have run. Running a command is part of the step that made it stable, not an event
     * of its own: nothing is sent or received. The events are filled in by {@link #record}.
     */
    private static List<ReplicaRun.Execution> stableNow(Replica r) {
        List<ReplicaRun.Execution> ran = new ArrayList<>();
        for (Stamped c = r.nextStable(); c != null; c = r.nextStable()) {
            ran.add(run(r, c));
        }
        return ran;
    }

    private static ReplicaRun.Execution run(Replica r, Stamped c) {
        return new ReplicaRun.Execution(c, null, r.run(c));
    }

    private void record(int p, String id, List<ReplicaRun.Execution> ran) {
        for (ReplicaRun.Execution e : ran) {
            executions.get(p).add(new ReplicaRun.Execution(e.command(), id, e.x()));
        }
        note(p, id, ran);
    }

    /**
     * "runs 1:P2 x *= 3: x = 0", "runs 1:P2 x *= 3, 1:P3 x := 9: x = 9", or for three and more the
     * timestamps alone, "runs 1:P2, 1:P3, 2:P2: x = 4", to keep the label short enough to place.
     */
    private static String runs(List<ReplicaRun.Execution> ran) {
        StringBuilder sb = new StringBuilder("runs ");
        for (int k = 0; k < ran.size(); k++) {
            Stamped c = ran.get(k).command();
            sb.append(k == 0 ? "" : ", ").append(ran.size() > 2 ? c.tag() : c.toString());
        }
        return sb.append(": x = ").append(ran.get(ran.size() - 1).x()).toString();
    }

    private void fallSilent(int p, double t) {
        clock[p]++; // IR1
        String id = rec.event(p, t, "falls silent");
        silence = new ReplicaRun.Silence(p, t, id, lastSent[p]);
        note(p, id, List.of());
    }

    /** Sends a message from p's event {@code id} to every other process, timestamped {@code stamp}. */
    private void broadcast(int p, String id, int stamp, Stamped command, String label) {
        double sent = rec.lastTime(p);
        for (int to = 0; to < n; to++) {
            if (to == p) {
                continue;
            }
            double arrival = sent + rnd.nextDouble(params.minDelay(), params.maxDelay() + 1e-9);
            // FIFO: never overtake an earlier message on the same channel.
            arrival = Math.max(arrival, lastArrival[p][to] + 0.01);
            lastArrival[p][to] = arrival;
            schedule(arrival, Kind.DELIVER, to, p, stamp, command, null, id);
        }
        lastSent[p] = Math.max(lastSent[p], stamp);
    }

    /** The replica's state after event {@code id}, for the step-through: "x = 7 after P2's x += 2; waiting 4:P1". */
    private void note(int p, String id, List<ReplicaRun.Execution> ran) {
        Replica r = replicas[p];
        StringBuilder sb = new StringBuilder("x = ").append(r.x());
        for (int k = 0; k < ran.size(); k++) {
            Stamped c = ran.get(k).command();
            sb.append(k == 0 ? " after " : k == ran.size() - 1 ? " and " : ", ")
                    .append(c.process() == p ? "its own " : "P" + (c.process() + 1) + "'s ").append(c.command());
        }
        List<Stamped> waiting = r.waiting();
        if (!waiting.isEmpty()) {
            sb.append("; waiting");
            for (Stamped w : waiting) {
                sb.append(' ').append(w.tag());
            }
        }
        notes.put(id, sb.toString());
    }
}
