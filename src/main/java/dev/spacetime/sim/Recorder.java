package dev.spacetime.sim;

import dev.spacetime.model.Diagram;
import dev.spacetime.model.DiagramBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes down a simulated execution as a diagram: events at their physical time on their process
 * (nudged a hair later when a process does several things at one instant, so times increase along
 * every process as the rules ask), and messages from send to receive.
 */
public final class Recorder {
    /** How far apart two events of one process at the same instant are put. */
    static final double NUDGE = 1e-4;
    private final List<String> processes;
    private final List<List<Object[]>> events = new ArrayList<>(); // per process: {id, label, time}
    private final List<String[]> messages = new ArrayList<>();     // {from, to, label, external}
    private final double[] lastTime;

    public Recorder(List<String> processes) {
        this.processes = List.copyOf(processes);
        this.lastTime = new double[processes.size()];
        java.util.Arrays.fill(lastTime, Double.NEGATIVE_INFINITY);
        for (int p = 0; p < processes.size(); p++) {
            events.add(new ArrayList<>());
        }
    }

    /** Records an event on process p at time t (or just after its previous event); returns its id. */
    public String event(int p, double t, String label) {
        double time = Math.max(t, lastTime[p] + NUDGE);
        lastTime[p] = time;
        String name = processes.get(p).toLowerCase().replaceAll("[^a-z0-9]+", "");
        String base = name.isEmpty() ? "e" : name;
        // "a3" for the third event on A; "p1_3" on P1, so the count never runs into the name's digits.
        String id = base + (Character.isDigit(base.charAt(base.length() - 1)) ? "_" : "") + (events.get(p).size() + 1);
        events.get(p).add(new Object[] {id, label, Math.round(time * 1e6) / 1e6});
        return id;
    }

    /** The time an event on p asked for at t would be recorded at. */
    public double nextTime(int p, double t) {
        return Math.max(t, lastTime[p] + NUDGE);
    }

    /** The time the process's last event was recorded at. */
    public double lastTime(int p) {
        return lastTime[p];
    }

    public void message(String from, String to, String label, boolean external) {
        messages.add(new String[] {from, to, label, Boolean.toString(external)});
    }

    public int eventCount() {
        return events.stream().mapToInt(List::size).sum();
    }

    /**
     * The diagram of what was recorded.
     *
     * @param annotate adds the run's annotations (its parameters, bars, notes), in the order to keep
     */
    public Diagram build(String title, Consumer<DiagramBuilder> annotate) {
        DiagramBuilder b = new DiagramBuilder(eventCount());
        b.title(title);
        annotate.accept(b);
        for (int p = 0; p < processes.size(); p++) {
            b.addProcess(processes.get(p));
            for (Object[] e : events.get(p)) {
                b.addEvent(p, (String) e[0], (String) e[1], (Double) e[2]);
            }
        }
        for (String[] m : messages) {
            DiagramBuilder.MessageRefusal refused = b.addMessage(m[0], m[1], m[2], Boolean.parseBoolean(m[3]));
            if (refused != DiagramBuilder.MessageRefusal.NONE) {
                throw new IllegalStateException("the simulation recorded a bad message " + m[0] + " → " + m[1]
                        + ": " + refused);
            }
        }
        return b.build();
    }
}
