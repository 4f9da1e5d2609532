package dev.spacetime.app.document;

import java.util.List;

/**
 * What checking a simulation's run found, kept with its document for as long as it is open: the
 * outcome in a line, one line per condition checked, and the events (ids) that break a condition.
 *
 * @param holds      whether every condition holds
 * @param headline   "All three conditions hold", or which fail
 * @param conditions one line per condition, "✓ I. mutual exclusion: …" or "✗ …"
 * @param brokenBy   the events to mark on the diagram, empty when every condition holds
 * @param subject    what was checked, "Mutual exclusion" or "Replicated register", leading the strip's headline
 */
public record RunVerdict(boolean holds, String headline, List<String> conditions, List<String> brokenBy,
        String subject) {
    public RunVerdict {
        conditions = List.copyOf(conditions);
        brokenBy = List.copyOf(brokenBy);
    }

    /** A verdict on a mutual exclusion run, the first simulation to have one. */
    public RunVerdict(boolean holds, String headline, List<String> conditions, List<String> brokenBy) {
        this(holds, headline, conditions, brokenBy, "Mutual exclusion");
    }
}
