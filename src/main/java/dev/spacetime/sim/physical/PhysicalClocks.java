package dev.spacetime.sim.physical;

import dev.spacetime.model.Diagram;
import dev.spacetime.model.ReadableNumber;
import dev.spacetime.model.TimeDirection;
import dev.spacetime.sim.Recorder;
import dev.spacetime.sim.Script;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Section 6 simulated: each clock Ci runs continuously at its own rate within 1 ± κ (IR1′); every τ
 * seconds each process sends a message over each of its arcs carrying Tm = Ci(t); on receipt at t′,
 * Pj sets Cj(t′) := max(Cj(t′), Tm + μ) (IR2′). Deterministic for given parameters. A {@link Script}
 * can be played on these clocks too (section 5's telephone call, say): its messages inside the system
 * take the network's delay and reset their receiver by IR2′, and every event then gets its process's
 * clock reading as the diagram's own clock assignment, C_phys.
 */
public final class PhysicalClocks {
    private final PhysicalParameters p;
    private final double[] rate;
    private final double[] base;     // Ci = base + rate · (t − since)
    private final double[] since;
    private final Script script;                      // null for the clocks alone
    private final Map<String, Double> readings = new LinkedHashMap<>(); // C_phys, kept when a script plays

    private PhysicalClocks(PhysicalParameters p, Script script, SplittableRandom rnd) {
        this.p = p;
        this.script = script;
        int n = p.processes();
        rate = new double[n];
        base = new double[n];
        since = new double[n];
        for (int i = 0; i < n; i++) {
            rate[i] = 1 + (p.kappa() == 0 ? 0 : rnd.nextDouble(-p.kappa(), p.kappa()));
            base[i] = p.initialSkew() == 0 ? 0 : rnd.nextDouble(0, p.initialSkew());
        }
    }

    /**
     * What is due at a time: a send over an arc (event == null, step == null), a message's delivery
     * (event != null), or a step of the script (step != null).
     */
    private record Send(double time, long seq, int from, int to, double stamp, String event, Script.Step step)
            implements Comparable<Send> {
        Send(double time, long seq, int from, int to, double stamp, String event) {
            this(time, seq, from, to, stamp, event, null);
        }


        @Override
        public int compareTo(Send o) {
            return time != o.time ? Double.compare(time, o.time) : Long.compare(seq, o.seq);
        }
    }

    private double read(int i, double t) {
        return base[i] + rate[i] * (t - since[i]);
    }

    public static PhysicalRun run(PhysicalParameters params) {
        return run(params, params.tau() / 4);
    }

    /** A run whose sampled curve (for the chart) has a point every {@code sampleStep}; the maximum is exact either way. */
    public static PhysicalRun run(PhysicalParameters params, double sampleStep) {
        String problem = params.problem();
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        SplittableRandom rnd = new SplittableRandom(params.seed());
        return new PhysicalClocks(params, null, rnd).simulate(rnd, sampleStep);
    }

    /**
     * The clocks with a script played on them: its processes are the network's (as many as the
     * parameters say, placed by {@link Script#nodes()}), the run lasts the script's duration, and the
     * diagram carries the script's title and settings and every event's clock reading as C_phys.
     */
    public static PhysicalRun run(PhysicalParameters params, Script script) {
        if (script.processes().size() != params.processes() || script.duration() != params.duration()) {
            throw new IllegalArgumentException("the script's processes and duration are the parameters' own");
        }
        String problem = params.problem();
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        SplittableRandom rnd = new SplittableRandom(params.seed());
        return new PhysicalClocks(params, script, rnd).simulate(rnd, params.tau() / 4);
    }

    private PhysicalRun simulate(SplittableRandom rnd, double step) {
        int n = p.processes();
        List<String> names = new ArrayList<>();
        int[] processAt = new int[n]; // the process at each node of the network
        for (int i = 0; i < n; i++) {
            names.add(script == null ? "P" + (i + 1) : script.processes().get(i));
            processAt[script == null ? i : script.nodes()[i]] = i;
        }
        Recorder rec = new Recorder(names);
        // Everything that happens, in time order: a send's time, a delivery (event != null), a scripted step.
        PriorityQueue<Send> agenda = new PriorityQueue<>();
        long seq = 0;
        for (int[] arc : Network.arcs(n, p.diameter())) {
            agenda.add(new Send(rnd.nextDouble(0, p.tau()), seq++, processAt[arc[0]], processAt[arc[1]], Double.NaN, null));
        }
        if (script != null) {
            for (Script.Step scripted : script.steps()) {
                agenda.add(new Send(scripted.time(), seq++, scripted.process(), -1, Double.NaN, null, scripted));
            }
        }
        int samples = (int) Math.floor(p.duration() / step) + 1;
        double[] times = new double[samples];
        double[] skew = new double[samples];
        int next = 0;
        // The exact largest spread from the convergence time to the end. Between two resets every clock is
        // linear, so the spread (the greatest clock minus the least) is convex there and peaks at an end
        // of the stretch: checking the window's ends and both sides of every reset inside it is enough.
        double from = p.convergenceTime();
        double[] windowEnds = {from, p.duration()};
        int end = 0;
        double exactMax = Double.NEGATIVE_INFINITY;
        while (!agenda.isEmpty()) {
            Send s = agenda.poll();
            while (next < samples && next * step <= s.time()) {
                times[next] = next * step;
                skew[next] = spread(next * step);
                next++;
            }
            while (end < windowEnds.length && windowEnds[end] <= s.time()) {
                if (from <= p.duration()) {
                    exactMax = Math.max(exactMax, spread(windowEnds[end]));
                }
                end++;
            }
            if (s.event() == null && s.step() != null) {
                seq = play(s.step(), rec, agenda, seq, rnd);
            } else if (s.event() == null) {
                if (s.time() > p.duration()) {
                    continue;
                }
                // Clocks are read and set at the true time; the diagram may show an event a hair later
                // when its process did something else at that instant (see Recorder).
                double t = s.time();
                double tm = read(s.from(), t);
                String id = record(rec, s.from(), t, script == null ? "send C_phys=" + fmt(tm) : null, tm);
                agenda.add(new Send(arrival(rec, s.from(), t, rnd), seq++, s.from(), s.to(), tm, id));
                agenda.add(new Send(s.time() + p.tau(), seq++, s.from(), s.to(), Double.NaN, null)); // every τ
            } else if (s.to() < 0) {
                // A message outside the system (the telephone call): no Tm, no IR2′.
                Script.Outside call = (Script.Outside) s.step();
                double t = s.time();
                String id = record(rec, call.to(), t, call.receiveLabel(), read(call.to(), t));
                rec.message(s.event(), id, call.messageLabel(), true);
            } else {
                int j = s.to();
                double t = s.time();
                double now = read(j, t);
                double set = Math.max(now, s.stamp() + p.mu()); // IR2′
                boolean inWindow = t >= from && t <= p.duration();
                if (inWindow) {
                    exactMax = Math.max(exactMax, spread(t)); // just before the reset
                }
                base[j] = set;
                since[j] = t;
                if (inWindow) {
                    exactMax = Math.max(exactMax, spread(t)); // and just after
                }
                Script.Inside scripted = s.step() instanceof Script.Inside in ? in : null;
                String label = scripted != null ? scripted.receiveLabel()
                        : script == null ? "receive Tm=" + fmt(s.stamp()) + ", C_phys=" + fmt(set) : null;
                String id = record(rec, j, t, label, set);
                rec.message(s.event(), id, scripted == null ? null : scripted.messageLabel(), false);
            }
        }
        while (next < samples) {
            times[next] = next * step;
            skew[next] = spread(next * step);
            next++;
        }
        for (; end < windowEnds.length && from <= p.duration(); end++) {
            exactMax = Math.max(exactMax, spread(windowEnds[end]));
        }
        Diagram d = script != null ? rec.build(script.title(), b -> b.timeDirection(TimeDirection.RIGHT)
                .simulation(script.settings()).clocks("C_phys", readings))
                : rec.build(String.format(Locale.ROOT, "Physical clocks (section 6): %d processes, diameter %d, "
                        + "κ = %s, τ = %s, μ = %s, ξ = %s", n, p.diameter(), ReadableNumber.of(p.kappa()),
                        ReadableNumber.of(p.tau()), ReadableNumber.of(p.mu()), ReadableNumber.of(p.xi())), b -> b
                                .timeDirection(TimeDirection.RIGHT) // a long execution reads best along the page
                                .simulation(p.settings()));
        return new PhysicalRun(p, d, times, skew, from <= p.duration() ? exactMax : Double.NaN, p.warnings());
    }

    /** Plays a scripted step at its time; returns the next sequence number. */
    private long play(Script.Step step, Recorder rec, PriorityQueue<Send> agenda, long seq, SplittableRandom rnd) {
        int i = step.process();
        double t = step.time();
        double c = read(i, t);
        String id = record(rec, i, t, step.label(), c);
        if (step instanceof Script.Inside in) {
            agenda.add(new Send(arrival(rec, i, t, rnd), seq++, i, in.to(), c, id, step));
        } else if (step instanceof Script.Outside call) {
            // Marked by to = −1: delivered to call.to() with no clock reset.
            agenda.add(new Send(Math.max(t + call.duration(), rec.lastTime(i) + 1e-6), seq++, i, -1, Double.NaN, id, step));
        }
        return seq;
    }

    /** When a message sent by process i at t arrives: after μ and up to ξ more, and after it was sent. */
    private double arrival(Recorder rec, int i, double t, SplittableRandom rnd) {
        return Math.max(t + p.mu() + (p.xi() == 0 ? 0 : rnd.nextDouble(0, p.xi())),
                rec.lastTime(i) + 1e-6); // received after it was sent, even with μ = ξ = 0
    }

    /** Records an event and, when a script plays, what its process's clock reads then. */
    private String record(Recorder rec, int i, double t, String label, double reading) {
        String id = rec.event(i, t, label);
        if (script != null) {
            readings.put(id, reading);
        }
        return id;
    }

    /** The largest difference between any two clocks at time t. */
    private double spread(double t) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < rate.length; i++) {
            double c = read(i, t);
            lo = Math.min(lo, c);
            hi = Math.max(hi, c);
        }
        return hi - lo;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
