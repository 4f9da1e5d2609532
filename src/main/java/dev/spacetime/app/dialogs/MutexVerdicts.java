package dev.spacetime.app.dialogs;

import dev.spacetime.app.document.RunVerdict;
import dev.spacetime.model.Diagram;
import dev.spacetime.sim.mutex.MutexCheck;
import dev.spacetime.sim.recipe.MutexRecheck;

/**
 * The verdict on a run of the mutual exclusion algorithm (section 4) as the window keeps it: from the
 * run just made, or, for a saved run opened from its file, from the run its settings make again —
 * when that is the diagram on screen (an edited run was not made by its settings, and gets none).
 */
public final class MutexVerdicts {
    private MutexVerdicts() {
    }

    public static RunVerdict of(MutexCheck.Verdict verdict) {
        return new RunVerdict(verdict.holds(), verdict.headline(), verdict.lines(), verdict.brokenBy());
    }

    /** The verdict on the mutual exclusion run this diagram is, or null when it is none (or not as its settings make it). */
    public static RunVerdict forDiagram(Diagram d) {
        MutexCheck.Verdict verdict = MutexRecheck.of(d);
        return verdict == null ? null : of(verdict);
    }
}
