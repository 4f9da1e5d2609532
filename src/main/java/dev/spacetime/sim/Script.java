package dev.spacetime.sim;

import dev.spacetime.model.SimulationSettings;
import java.util.List;

/**
 * A story played on a simulation's clocks among the simulation's own events: named processes, and
 * steps at given true times — an event of a process's own, a message inside the system (it carries
 * its sender's clock as Tm and takes the network's delay), or a message outside it (a telephone call
 * of a given duration, which carries nothing and which no clock sees). The simulation that plays it
 * records what its clocks read at every event, as the diagram's own clock assignment.
 *
 * @param processes the processes by name, in the diagram's order
 * @param nodes     for each process, its place in the simulation's network (a permutation of 0…n−1)
 * @param steps     in order of time
 * @param duration  how long the simulation runs: past the last step and its message's arrival
 * @param title     the diagram's title
 * @param settings  what the diagram keeps of how it was made
 */
public record Script(List<String> processes, int[] nodes, List<Step> steps, double duration, String title,
        SimulationSettings settings) {
    public Script {
        processes = List.copyOf(processes);
        nodes = nodes.clone();
        steps = List.copyOf(steps);
        boolean[] taken = new boolean[processes.size()];
        for (int node : nodes) {
            if (nodes.length != processes.size() || node < 0 || node >= taken.length || taken[node]) {
                throw new IllegalArgumentException("each process needs a place of its own in the network");
            }
            taken[node] = true;
        }
    }

    @Override
    public int[] nodes() {
        return nodes.clone();
    }

    /** One thing that happens at a true time on a process. */
    public sealed interface Step {
        int process();

        double time();

        String label();
    }

    /** An event of the process's own: work, a decision. */
    public record Local(int process, double time, String label) implements Step {
    }

    /**
     * A message inside the system: sent at {@code time}, received by {@code to} after the network's
     * delay, which resets the receiver's clock by IR2′.
     */
    public record Inside(int process, double time, String label, int to, String receiveLabel, String messageLabel)
            implements Step {
    }

    /** A message outside the system (a telephone call): received by {@code to} exactly {@code duration} later. */
    public record Outside(int process, double time, String label, int to, double duration, String receiveLabel,
            String messageLabel) implements Step {
    }
}
