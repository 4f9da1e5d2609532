package dev.spacetime.sim.replica;

/**
 * A command as the processes pass it round: its timestamp T (the Lamport clock of the event that
 * issued it), the issuing process's index, and the command. Ordered by ⇒: by timestamp, ties broken
 * by process order, so every replica sorts the same commands the same way.
 */
public record Stamped(int time, int process, Command command) implements Comparable<Stamped> {
    @Override
    public int compareTo(Stamped o) {
        return time != o.time ? Integer.compare(time, o.time) : Integer.compare(process, o.process);
    }

    /** "3:P2", the paper's Tm:Pi. */
    public String tag() {
        return time + ":P" + (process + 1);
    }

    /** "3:P2 x += 2". */
    @Override
    public String toString() {
        return tag() + " " + command;
    }
}
