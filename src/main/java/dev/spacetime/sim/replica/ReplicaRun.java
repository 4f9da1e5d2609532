package dev.spacetime.sim.replica;

import dev.spacetime.model.Diagram;
import java.util.List;

/**
 * A run of the replicated register: the diagram, every command issued, what each replica ran (in the
 * order it ran them, with x after each), the commands each still held unrun at the end, and, in the
 * silent variant, when the silent process fell quiet.
 *
 * @param executions per process, in the order that replica ran them
 * @param leftWaiting per process, the commands it held but never ran, in ⇒ order
 * @param silence null unless a process fell silent
 */
public record ReplicaRun(ReplicaParameters parameters, Diagram diagram, List<Issued> commands,
        List<List<Execution>> executions, List<List<Stamped>> leftWaiting, Silence silence) {
    /** A command issued, and the event that issued it. */
    public record Issued(Stamped command, String event) {
    }

    /** A replica ran {@code command} at {@code event}, leaving x = {@code x}. */
    public record Execution(Stamped command, String event, long x) {
    }

    /**
     * Process {@code process} fell silent at {@code time} ({@code event}); the last message it sent
     * carried {@code lastStamp} (0 when it had sent none).
     */
    public record Silence(int process, double time, String event, int lastStamp) {
    }

    public ReplicaRun {
        commands = List.copyOf(commands);
        executions = executions.stream().map(List::copyOf).toList();
        leftWaiting = leftWaiting.stream().map(List::copyOf).toList();
    }

    /** How many processes (replicas) there are. */
    public int processes() {
        return executions.size();
    }
}
