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
 */
public record RunVerdict(boolean holds, String headline, List<String> conditions, List<String> brokenBy) {
    public RunVerdict {
        conditions = List.copyOf(conditions);
        brokenBy = List.copyOf(brokenBy);
    }
}
