package dev.spacetime.sim;

import dev.spacetime.model.Diagram;
import dev.spacetime.sim.anomaly.AnomalyScenario;
import dev.spacetime.sim.anomaly.Remedy;
import dev.spacetime.sim.mutex.MutexParameters;
import dev.spacetime.sim.mutex.MutexSimulation;
import dev.spacetime.sim.mutex.Variant;
import dev.spacetime.sim.physical.PhysicalClocks;
import dev.spacetime.sim.physical.PhysicalParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a simulation again from the parameters a saved diagram keeps under {@code view.simulation},
 * so an example made by a simulation can be checked against a fresh run, and the app can re-run it.
 */
public final class SimulationRecipe {
    private SimulationRecipe() {
    }

    /** The diagram the recorded parameters make, or throws IllegalArgumentException saying what is missing. */
    public static Diagram rerun(Map<String, Object> simulation) {
        String kind = String.valueOf(simulation.get("kind"));
        return switch (kind) {
            case "mutex" -> MutexSimulation.run(mutex(simulation)).diagram();
            case "anomaly" -> AnomalyScenario.run(integer(simulation, "workOnA"),
                    Remedy.valueOf(String.valueOf(simulation.get("remedy")))).diagram();
            case "physical" -> PhysicalClocks.run(physical(simulation)).diagram();
            default -> throw new IllegalArgumentException("unknown simulation \"" + kind + "\"");
        };
    }

    public static MutexParameters mutex(Map<String, Object> m) {
        List<MutexParameters.Request> schedule = new ArrayList<>();
        Object s = m.get("schedule");
        if (s instanceof List<?> list) {
            for (Object o : list) {
                List<?> pair = (List<?>) o;
                schedule.add(new MutexParameters.Request(((Number) pair.get(0)).intValue(), ((Number) pair.get(1)).doubleValue()));
            }
        }
        return new MutexParameters(integer(m, "processes"), integer(m, "requestsPerProcess"), schedule,
                number(m, "horizon"), number(m, "minDelay"), number(m, "maxDelay"), number(m, "hold"),
                Boolean.TRUE.equals(m.get("skipRedundantAcks")), Variant.valueOf(String.valueOf(m.get("variant"))),
                ((Number) m.get("seed")).longValue());
    }

    public static PhysicalParameters physical(Map<String, Object> m) {
        return new PhysicalParameters(integer(m, "processes"), number(m, "kappa"), integer(m, "diameter"),
                number(m, "tau"), number(m, "mu"), number(m, "xi"), number(m, "duration"), number(m, "initialSkew"),
                ((Number) m.get("seed")).longValue());
    }

    private static int integer(Map<String, Object> m, String key) {
        return ((Number) require(m, key)).intValue();
    }

    private static double number(Map<String, Object> m, String key) {
        return ((Number) require(m, key)).doubleValue();
    }

    private static Object require(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof Number)) {
            throw new IllegalArgumentException("the simulation's \"" + key + "\" is missing or not a number");
        }
        return v;
    }
}
