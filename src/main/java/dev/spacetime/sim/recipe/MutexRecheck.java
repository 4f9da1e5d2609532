package dev.spacetime.sim.recipe;

import dev.spacetime.model.Diagram;
import dev.spacetime.model.SimulationSettings;
import dev.spacetime.sim.mutex.MutexCheck;
import dev.spacetime.sim.mutex.MutexParameters;
import dev.spacetime.sim.mutex.MutexRun;
import dev.spacetime.sim.mutex.MutexSimulation;

/**
 * The verdict on a saved run of the mutual exclusion algorithm (section 4): the file keeps the
 * settings that made it, not what the run recorded, so the run is made again from them and checked —
 * when it is the diagram in the file (an edited run was not made by its settings, and gets none).
 * The window and {@code render} judge a file alike through this.
 */
public final class MutexRecheck {
    private MutexRecheck() {
    }

    /** The verdict on the mutual exclusion run this diagram is, or null when it is none (or not as its settings make it). */
    public static MutexCheck.Verdict of(Diagram d) {
        SimulationSettings settings = d.annotations().simulation();
        if (settings == null || !MutexParameters.KIND.equals(settings.kind())) {
            return null;
        }
        try {
            MutexRun run = MutexSimulation.run(SimulationRecipe.mutex(settings));
            return run.diagram().sameContent(d) ? MutexCheck.check(run) : null;
        } catch (IllegalArgumentException incomplete) {
            return null; // settings that cannot run: there is no run to judge
        }
    }
}
