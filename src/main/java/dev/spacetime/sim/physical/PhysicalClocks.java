package dev.spacetime.sim.physical;

import dev.spacetime.model.Diagram;
import dev.spacetime.model.TimeDirection;
import dev.spacetime.sim.Recorder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Section 6 simulated: each clock Ci runs continuously at its own rate within 1 ± κ (IR1′); every τ
 * seconds each process sends a message over each of its arcs carrying Tm = Ci(t); on receipt at t′,
 * Pj sets Cj(t′) := max(Cj(t′), Tm + μ) (IR2′). Deterministic for given parameters.
 */
public final class PhysicalClocks {
    private final PhysicalParameters p;
    private final double[] rate;
    private final double[] base;     // Ci = base + rate · (t − since)
    private final double[] since;

    private PhysicalClocks(PhysicalParameters p, SplittableRandom rnd) {
        this.p = p;
        int n = p.processes();
        rate = new double[n];
        base = new double[n];
        since = new double[n];
        for (int i = 0; i < n; i++) {
            rate[i] = 1 + (p.kappa() == 0 ? 0 : rnd.nextDouble(-p.kappa(), p.kappa()));
            base[i] = p.initialSkew() == 0 ? 0 : rnd.nextDouble(0, p.initialSkew());
        }
    }

    private record Send(double time, long seq, int from, int to, double stamp, String event)
            implements Comparable<Send> {
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
        return new PhysicalClocks(params, rnd).simulate(rnd, sampleStep);
    }

    private PhysicalRun simulate(SplittableRandom rnd, double step) {
        int n = p.processes();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add("P" + (i + 1));
        }
        Recorder rec = new Recorder(names);
        // Everything that happens, in time order: a send's time, or a delivery (event != null).
        PriorityQueue<Send> agenda = new PriorityQueue<>();
        long seq = 0;
        for (int[] arc : Network.arcs(n, p.diameter())) {
            agenda.add(new Send(rnd.nextDouble(0, p.tau()), seq++, arc[0], arc[1], Double.NaN, null));
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
            if (s.event() == null) {
                if (s.time() > p.duration()) {
                    continue;
                }
                // Clocks are read and set at the true time; the diagram may show an event a hair later
                // when its process did something else at that instant (see Recorder).
                double t = s.time();
                double tm = read(s.from(), t);
                String id = rec.event(s.from(), t, "send C_phys=" + fmt(tm));
                double arrival = Math.max(t + p.mu() + (p.xi() == 0 ? 0 : rnd.nextDouble(0, p.xi())),
                        rec.lastTime(s.from()) + 1e-6); // received after it was sent, even with μ = ξ = 0
                agenda.add(new Send(arrival, seq++, s.from(), s.to(), tm, id));
                agenda.add(new Send(s.time() + p.tau(), seq++, s.from(), s.to(), Double.NaN, null)); // every τ
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
                String id = rec.event(j, t, "receive Tm=" + fmt(s.stamp()) + ", C_phys=" + fmt(set));
                rec.message(s.event(), id, null, false);
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
        Diagram d = rec.build(String.format(Locale.ROOT, "Physical clocks (section 6): %d processes, diameter %d, "
                + "κ = %s, τ = %s, μ = %s, ξ = %s", n, p.diameter(), p.kappa(), p.tau(), p.mu(), p.xi()), b -> b
                        .timeDirection(TimeDirection.RIGHT) // a long execution reads best along the page
                        .simulation(p.settings()));
        return new PhysicalRun(p, d, times, skew, from <= p.duration() ? exactMax : Double.NaN, p.warnings());
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
