package dev.spacetime.sim.replica;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * One process's copy of the state machine: its register x, the commands it holds but has not run
 * (sorted by ⇒), and the latest timestamp it has heard from each process. It runs a command only
 * when the command is <em>stable</em>:
 *
 * <p>T:Pj is stable at Pi when Pi has heard from every other process a message timestamped T or
 * later. Channels are FIFO and a process's clock only grows (IR1, IR2), so whatever that process sends
 * from now on carries a timestamp above T, and no command Pi has not yet seen can come before T:Pj
 * in ⇒. Pi's own later commands are above T too: its clock passed T when it issued or received T:Pj.
 */
public final class Replica {
    private final int self;
    private final int[] heard; // latest timestamp heard from each process; 0 = nothing yet, as clocks start at 1
    private final TreeSet<Stamped> waiting = new TreeSet<>();
    private long x;

    /** Replica of process {@code self} among {@code processes}, with x = 0 and nothing heard. */
    public Replica(int self, int processes) {
        if (self < 0 || self >= processes) {
            throw new IllegalArgumentException("process " + self + " is not one of " + processes);
        }
        this.self = self;
        this.heard = new int[processes];
    }

    /** Puts a command on the queue: the replica's own as it issues it, or another's as it arrives. */
    public void hold(Stamped command) {
        waiting.add(command);
        if (command.process() != self) {
            heardFrom(command.process(), command.time());
        }
    }

    /** Notes a message timestamped {@code timestamp} from {@code process} (a command or an acknowledgement). */
    public void heardFrom(int process, int timestamp) {
        heard[process] = Math.max(heard[process], timestamp);
    }

    /** The rule above: heard T or later from every other process. */
    public boolean stable(Stamped command) {
        for (int k = 0; k < heard.length; k++) {
            if (k != self && heard[k] < command.time()) {
                return false;
            }
        }
        return true;
    }

    /** The first command in ⇒ order if it is stable, else null (a later one may not run before it). */
    public Stamped nextStable() {
        return waiting.isEmpty() || !stable(waiting.first()) ? null : waiting.first();
    }

    /** Runs a waiting command, stable or not (the naive way does not ask); returns x after it. */
    public long run(Stamped command) {
        if (!waiting.remove(command)) {
            throw new IllegalStateException(command + " is not waiting at P" + (self + 1));
        }
        x = command.command().apply(x);
        return x;
    }

    /** The processes this replica has not yet heard T or later from: who it waits for. */
    public List<Integer> waitingFor(int time) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < heard.length; k++) {
            if (k != self && heard[k] < time) {
                out.add(k);
            }
        }
        return out;
    }

    public long x() {
        return x;
    }

    /** The commands held and not yet run, in ⇒ order. */
    public List<Stamped> waiting() {
        return List.copyOf(waiting);
    }
}
