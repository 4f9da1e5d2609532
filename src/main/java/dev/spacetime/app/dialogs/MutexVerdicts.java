package dev.spacetime.app.dialogs;

import dev.spacetime.app.document.RunVerdict;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.SimulationSettings;
import dev.spacetime.sim.mutex.MutexCheck;
import dev.spacetime.sim.mutex.MutexParameters;
import dev.spacetime.sim.mutex.MutexRun;
import dev.spacetime.sim.mutex.MutexSimulation;
import dev.spacetime.sim.recipe.SimulationRecipe;
import java.util.List;

/**
 * The verdict on a run of the mutual exclusion algorithm (section 4) as the window keeps it: from the
 * run just made, or, for a saved run opened from its file, from the run its settings make again —
 * when that is the diagram on screen (an edited run was not made by its settings, and gets none).
 */
public final class MutexVerdicts {
    private MutexVerdicts() {
    }

    public static RunVerdict of(MutexCheck.Verdict verdict) {
        List<String> lines = verdict.conditions().stream()
                .map(c -> (c.holds() ? "✓ " : "✗ ") + c.name() + ": " + c.detail()).toList();
        // Each condition by its numeral ("I" of "I. mutual exclusion"); the lines below say the rest.
        List<String> broken = verdict.conditions().stream().filter(c -> !c.holds())
                .map(c -> c.name().contains(".") ? c.name().substring(0, c.name().indexOf('.')) : c.name()).toList();
        String headline = verdict.holds() ? "All three conditions hold"
                : (broken.size() == 1 ? "Condition " : "Conditions ") + String.join(" and ", broken)
                        + (broken.size() == 1 ? " fails" : " fail");
        return new RunVerdict(verdict.holds(), headline, lines, verdict.brokenBy());
    }

    /** The verdict on the mutual exclusion run this diagram is, or null when it is none (or not as its settings make it). */
    public static RunVerdict forDiagram(Diagram d) {
        SimulationSettings settings = d.annotations().simulation();
        if (settings == null || !MutexParameters.KIND.equals(settings.kind())) {
            return null;
        }
        try {
            MutexRun run = MutexSimulation.run(SimulationRecipe.mutex(settings));
            return run.diagram().sameContent(d) ? of(MutexCheck.check(run)) : null;
        } catch (IllegalArgumentException incomplete) {
            return null; // settings that cannot run: there is no run to judge
        }
    }
}
