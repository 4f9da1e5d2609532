package dev.spacetime.sim.mutex;

import dev.spacetime.model.Diagram;
import java.util.List;
import java.util.Map;

/**
 * A run of the mutual exclusion algorithm: the diagram, each request made, each time a process held
 * the resource, and every process's request queue after each of its events (for the step-through).
 *
 * @param queues event id → that process's queue right after the event, in ⇒ order, e.g. "1:P1 3:P2"
 */
public record MutexRun(MutexParameters parameters, Diagram diagram, List<Request> requests,
        List<CriticalSection> sections, Map<String, String> queues) {
    /** A request made: by which process, its timestamp Tm, and its event. */
    public record Request(int process, int timestamp, String event) {
    }

    /** A process held the resource from its enter event to its release event, for its request with timestamp Tm. */
    public record CriticalSection(int process, int timestamp, String enter, String release) {
    }

    public MutexRun {
        requests = List.copyOf(requests);
        sections = List.copyOf(sections);
        queues = Map.copyOf(queues);
    }
}
