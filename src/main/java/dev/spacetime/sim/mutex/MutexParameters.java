package dev.spacetime.sim.mutex;

import dev.spacetime.model.SimulationSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What to simulate: the processes, when each asks for the resource (a schedule, or random with the
 * seed), the message delays (random between the two bounds, FIFO on each channel), how long the
 * resource is held, whether to skip acknowledgements the paper says are not needed, and the variant.
 *
 * @param requestsPerProcess used when {@code schedule} is empty: each process asks this often, at random times
 * @param schedule           explicit requests (process index, time); empty for random ones
 */
public record MutexParameters(int processes, int requestsPerProcess, List<Request> schedule, double horizon,
        double minDelay, double maxDelay, double hold, boolean skipRedundantAcks, Variant variant, long seed) {
    /** The kind of simulation, as its settings name it. */
    public static final String KIND = "mutex";

    /** Process {@code process} asks for the resource at {@code time}. */
    public record Request(int process, double time) {
    }

    public MutexParameters {
        schedule = List.copyOf(schedule);
    }

    /** Three processes asking twice each within 20 time units, delays 1–4, the resource held for 2. */
    public static MutexParameters defaults() {
        return new MutexParameters(3, 2, List.of(), 20, 1, 4, 2, false, Variant.CORRECT, 1);
    }

    public MutexParameters withSeed(long s) {
        return new MutexParameters(processes, requestsPerProcess, schedule, horizon, minDelay, maxDelay, hold,
                skipRedundantAcks, variant, s);
    }

    public MutexParameters withVariant(Variant v) {
        return new MutexParameters(processes, requestsPerProcess, schedule, horizon, minDelay, maxDelay, hold,
                skipRedundantAcks, v, seed);
    }

    /** Why these cannot run, or null. */
    public String problem() {
        if (processes < 2 || processes > 26) {
            return "mutual exclusion needs 2 to 26 processes";
        }
        if (schedule.isEmpty() && (requestsPerProcess < 1 || requestsPerProcess > 50)) {
            return "each process asks 1 to 50 times";
        }
        if (!(minDelay > 0) || !(maxDelay >= minDelay) || !Double.isFinite(maxDelay)) {
            return "delays need 0 < min ≤ max";
        }
        if (!(hold > 0) || !Double.isFinite(hold) || !(horizon > 0) || !Double.isFinite(horizon)) {
            return "the holding time and the horizon must be positive";
        }
        for (Request r : schedule) {
            if (r.process() < 0 || r.process() >= processes || !(r.time() >= 0) || !Double.isFinite(r.time())) {
                return "a scheduled request names no process or has no time: " + r;
            }
        }
        return null;
    }

    /** The requests in time order: the schedule, or random times with the seed. */
    List<Request> requests() {
        if (!schedule.isEmpty()) {
            List<Request> sorted = new ArrayList<>(schedule);
            sorted.sort((a, b) -> Double.compare(a.time(), b.time()));
            return sorted;
        }
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<Request> list = new ArrayList<>();
        for (int p = 0; p < processes; p++) {
            for (int k = 0; k < requestsPerProcess; k++) {
                list.add(new Request(p, Math.round(rnd.nextDouble(0, horizon) * 10) / 10.0));
            }
        }
        list.sort((a, b) -> Double.compare(a.time(), b.time()));
        return list;
    }

    /** The parameters as plain JSON values, kept with the diagram so a saved run says how it was made. */
    public SimulationSettings settings() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("processes", (long) processes);
        m.put("requestsPerProcess", (long) requestsPerProcess);
        List<Object> s = new ArrayList<>();
        for (Request r : schedule) {
            s.add(new ArrayList<>(List.of((long) r.process(), r.time())));
        }
        m.put("schedule", s);
        m.put("horizon", horizon);
        m.put("minDelay", minDelay);
        m.put("maxDelay", maxDelay);
        m.put("hold", hold);
        m.put("skipRedundantAcks", skipRedundantAcks);
        m.put("variant", variant.name());
        m.put("seed", seed);
        return new SimulationSettings(KIND, m);
    }
}
