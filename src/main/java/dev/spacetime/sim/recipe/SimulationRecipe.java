package dev.spacetime.sim.recipe;

import dev.spacetime.model.Diagram;
import dev.spacetime.model.SimulationSettings;
import dev.spacetime.sim.anomaly.AnomalyScenario;
import dev.spacetime.sim.anomaly.PhysicalRemedyParameters;
import dev.spacetime.sim.anomaly.Remedy;
import dev.spacetime.sim.mutex.MutexParameters;
import dev.spacetime.sim.mutex.MutexSimulation;
import dev.spacetime.sim.mutex.Variant;
import dev.spacetime.sim.physical.PhysicalClocks;
import dev.spacetime.sim.physical.PhysicalParameters;
import dev.spacetime.sim.replica.ReplicaParameters;
import dev.spacetime.sim.replica.ReplicaSimulation;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a simulation again from the settings a diagram made by it keeps, so that an example can be
 * checked against a fresh run and the app can offer to run it again.
 */
public final class SimulationRecipe {
    private SimulationRecipe() {
    }

    /**
     * The diagram a fresh run of {@code d}'s simulation makes.
     *
     * @throws IllegalArgumentException saying what is missing, when {@code d} was not made by a
     *     simulation or its settings are incomplete
     */
    public static Diagram rerun(Diagram d) {
        SimulationSettings settings = d.annotations().simulation();
        if (settings == null) {
            throw new IllegalArgumentException("the diagram does not say which simulation made it, so it cannot"
                    + " be run again");
        }
        return rerun(settings);
    }

    /** The diagram the settings make, or throws IllegalArgumentException saying what is missing or wrong. */
    public static Diagram rerun(SimulationSettings settings) {
        String kind = settings.kind();
        if (kind == null) {
            throw new IllegalArgumentException("the simulation's settings do not name its kind");
        }
        return switch (kind) {
            case MutexParameters.KIND -> MutexSimulation.run(mutex(settings)).diagram();
            case ReplicaParameters.KIND -> ReplicaSimulation.run(replication(settings)).diagram();
            case AnomalyScenario.KIND -> anomaly(new SettingsReader(settings));
            case PhysicalParameters.KIND -> PhysicalClocks.run(physical(settings)).diagram();
            default -> throw new IllegalArgumentException("there is no simulation \"" + kind + "\" to run again");
        };
    }

    private static Diagram anomaly(SettingsReader settings) {
        Remedy remedy = settings.constant("remedy", Remedy.class);
        if (remedy == Remedy.PHYSICAL_CLOCKS) {
            if (!settings.has("kappa")) {
                // Saved when the second remedy's clocks were made up: there are no clock settings to run it with.
                throw new IllegalArgumentException("this run of the second remedy was saved before the remedy ran on "
                        + "section 6's physical clocks, so it has none of their settings (κ, τ, μ, ξ, …) to run again "
                        + "with; make it afresh with Simulate → Anomalous behaviour");
            }
            return PhysicalAnomaly.run(new PhysicalRemedyParameters(settings.integer("workOnA"),
                    settings.number("kappa"), settings.integer("diameter"), settings.number("tau"), settings.number("mu"),
                    settings.number("xi"), settings.number("initialSkew"), settings.number("call"),
                    settings.whole("seed"))).diagram();
        }
        return AnomalyScenario.run(settings.integer("workOnA"), remedy).diagram();
    }

    /** The mutual exclusion parameters the settings hold. */
    public static MutexParameters mutex(SimulationSettings settings) {
        SettingsReader m = new SettingsReader(settings);
        List<MutexParameters.Request> schedule = new ArrayList<>();
        for (List<?> pair : m.pairs("schedule")) {
            schedule.add(new MutexParameters.Request(m.element(pair, 0, "schedule").intValue(),
                    m.element(pair, 1, "schedule").doubleValue()));
        }
        return new MutexParameters(m.integer("processes"), m.integer("requestsPerProcess"), schedule,
                m.number("horizon"), m.number("minDelay"), m.number("maxDelay"), m.number("hold"),
                m.flag("skipRedundantAcks"), m.constant("variant", Variant.class), m.whole("seed"));
    }

    /** The replicated register's parameters the settings hold. */
    public static ReplicaParameters replication(SimulationSettings settings) {
        SettingsReader m = new SettingsReader(settings);
        return new ReplicaParameters(m.integer("processes"), m.integer("commandsPerProcess"), m.number("horizon"),
                m.number("minDelay"), m.number("maxDelay"), m.constant("variant", dev.spacetime.sim.replica.Variant.class),
                m.number("silentAt"), m.whole("seed"));
    }

    /** The physical clocks parameters the settings hold. */
    public static PhysicalParameters physical(SimulationSettings settings) {
        SettingsReader m = new SettingsReader(settings);
        return new PhysicalParameters(m.integer("processes"), m.number("kappa"), m.integer("diameter"),
                m.number("tau"), m.number("mu"), m.number("xi"), m.number("duration"), m.number("initialSkew"),
                m.whole("seed"));
    }
}
