package dev.spacetime.app.dialogs;

import dev.spacetime.app.document.RunVerdict;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.SimulationSettings;
import dev.spacetime.sim.recipe.SimulationRecipe;
import dev.spacetime.sim.replica.ReplicaCheck;
import dev.spacetime.sim.replica.ReplicaParameters;
import dev.spacetime.sim.replica.ReplicaRun;
import dev.spacetime.sim.replica.ReplicaSimulation;

/**
 * The verdict on a run of the replicated register (section 4) as the window keeps it: from the run
 * just made, or, for a saved run opened from its file, from the run its settings make again — when
 * that is the diagram on screen (an edited run was not made by its settings, and gets none).
 */
public final class ReplicaVerdicts {
    private ReplicaVerdicts() {
    }

    public static RunVerdict of(ReplicaCheck.Verdict verdict) {
        return new RunVerdict(verdict.agree(), verdict.headline(), verdict.lines(), verdict.events(),
                "Replicated register");
    }

    /** The verdict on the replication run this diagram is, or null when it is none (or not as its settings make it). */
    public static RunVerdict forDiagram(Diagram d) {
        SimulationSettings settings = d.annotations().simulation();
        if (settings == null || !ReplicaParameters.KIND.equals(settings.kind())) {
            return null;
        }
        try {
            ReplicaRun run = ReplicaSimulation.run(SimulationRecipe.replication(settings));
            return run.diagram().sameContent(d) ? of(ReplicaCheck.check(run)) : null;
        } catch (IllegalArgumentException incomplete) {
            return null; // settings that cannot run: there is no run to judge
        }
    }
}
