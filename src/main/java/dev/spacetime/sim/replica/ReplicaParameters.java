package dev.spacetime.sim.replica;

import dev.spacetime.model.SimulationSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What to simulate: how many processes, how many commands each issues (at random times within the
 * horizon, random commands, both from the seed), the message delays (random between the two bounds,
 * FIFO on each channel), the variant, and for the silent variant when the last process falls silent.
 */
public record ReplicaParameters(int processes, int commandsPerProcess, double horizon, double minDelay,
        double maxDelay, Variant variant, double silentAt, long seed) {
    /** The kind of simulation, as its settings name it. */
    public static final String KIND = "replication";

    /** Process {@code process} issues {@code command} at {@code time}. */
    record Issue(int process, double time, Command command) {
    }

    /** Three processes issuing two commands each within 20 time units, delays 1–4; silence (if asked) at 8. */
    public static ReplicaParameters defaults() {
        return new ReplicaParameters(3, 2, 20, 1, 4, Variant.STATE_MACHINE, 8, 1);
    }

    public ReplicaParameters withSeed(long s) {
        return new ReplicaParameters(processes, commandsPerProcess, horizon, minDelay, maxDelay, variant, silentAt, s);
    }

    public ReplicaParameters withVariant(Variant v) {
        return new ReplicaParameters(processes, commandsPerProcess, horizon, minDelay, maxDelay, v, silentAt, seed);
    }

    /** Why these cannot run, or null. */
    public String problem() {
        if (processes < 2 || processes > 26) {
            return "replication needs 2 to 26 processes";
        }
        if (commandsPerProcess < 1 || commandsPerProcess > 50) {
            return "each process issues 1 to 50 commands";
        }
        if (!(minDelay > 0) || !(maxDelay >= minDelay) || !Double.isFinite(maxDelay)) {
            return "delays need 0 < min ≤ max";
        }
        if (!(horizon > 0) || !Double.isFinite(horizon)) {
            return "the horizon must be positive";
        }
        if (!(silentAt >= 0) || !Double.isFinite(silentAt)) {
            return "the time the process falls silent must be 0 or more";
        }
        return null;
    }

    /** Whether process p sends nothing from this time on. */
    boolean silent(int p, double time) {
        return variant == Variant.SILENT_PROCESS && p == processes - 1 && time >= silentAt;
    }

    /** The commands to issue, in time order (ties by process), from the seed. */
    List<Issue> issues() {
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x2545F4914F6CDD1DL);
        List<Issue> list = new ArrayList<>();
        for (int p = 0; p < processes; p++) {
            for (int k = 0; k < commandsPerProcess; k++) {
                list.add(new Issue(p, Math.round(rnd.nextDouble(0, horizon) * 10) / 10.0, Command.random(rnd)));
            }
        }
        list.sort((a, b) -> a.time() != b.time() ? Double.compare(a.time(), b.time()) : Integer.compare(a.process(), b.process()));
        return list;
    }

    /** The parameters as plain JSON values, kept with the diagram so a saved run says how it was made. */
    public SimulationSettings settings() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("processes", (long) processes);
        m.put("commandsPerProcess", (long) commandsPerProcess);
        m.put("horizon", horizon);
        m.put("minDelay", minDelay);
        m.put("maxDelay", maxDelay);
        m.put("variant", variant.name());
        m.put("silentAt", silentAt);
        m.put("seed", seed);
        return new SimulationSettings(KIND, m);
    }
}
