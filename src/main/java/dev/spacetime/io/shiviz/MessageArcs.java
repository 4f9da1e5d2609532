package dev.spacetime.io.shiviz;

import dev.spacetime.io.LoadProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The messages a log's vector clocks imply, as ShiViz's model finds them. When an event's entry for
 * another process rose since the previous event on its own process, the event learned of that
 * process's event with the new count: a message reached it, directly or through others. Arcs implied
 * by other arcs (the sender is already known to one of the other senders) are dropped; what is left
 * are the messages themselves, one or several into an event, which may also send.
 */
final class MessageArcs {
    private MessageArcs() {
    }

    /**
     * For each event (log order), the events it receives from directly: one message each. Problems with
     * the senders go to {@code problems}. On the way, each event's clock is checked against the senders
     * found: it must be the greatest of its previous event's and its senders', its own entry counted up
     * (IR2 for vector clocks). When that rule gives every event its log clock, the diagram's vector
     * clocks are the log's (by induction along happened-before); where it does not, no set of messages
     * explains the log, which goes to {@code unexplained} (and the senders are then of no use). The events are taken in log order, where the
     * rows lie one after another in memory and the previous event and the senders were mostly read
     * moments before.
     */
    static SenderTable senders(ClockRows clocks, int[] process, int[][] byProcess, RawExecution events,
            List<LoadProblem> unexplained) {
        int n = clocks.size();
        int processes = byProcess.length;
        SenderTable senders = new SenderTable(n);
        int[] previous = new int[n];
        for (int[] run : byProcess) {
            for (int i = 0; i < run.length; i++) {
                previous[run[i]] = i == 0 ? -1 : run[i - 1];
            }
        }
        int[] none = new int[processes];
        long[] weight = new long[n]; // the sum of a clock's entries, worked out when needed: a sender outweighs all it has heard of
        Arrays.fill(weight, -1);
        int[] candidates = new int[processes];
        int[] heard = new int[processes]; // the clock of the event at hand, which the candidates are weighed against
        for (int k = 0; k < n && unexplained.size() < ShivizLog.MAX_PROBLEMS; k++) {
            int[] v = clocks.chunk(k);
            int at = clocks.offset(k);
            int[] before = previous[k] < 0 ? none : clocks.chunk(previous[k]);
            int b = previous[k] < 0 ? 0 : clocks.offset(previous[k]);
            int c = 0;
            boolean fell = false; // an entry below the previous event's: no sender can explain that
            for (int q = 0; q < processes; q++) {
                int value = v[at + q];
                int was = before[b + q];
                if (value > was) {
                    if (q != process[k]) {
                        candidates[c++] = byProcess[q][value - 1];
                    }
                } else if (value < was) {
                    fell = true;
                }
            }
            if (c == 0) {
                // No entry rose but its own (which the format check has seen to), so the rule holds unless one fell.
                if (fell) {
                    unexplained(clocks, k, process[k], processes, before, b, List.of(), unexplained, events);
                }
                continue;
            }
            System.arraycopy(v, at, heard, 0, processes);
            List<Integer> direct = direct(candidates, c, clocks, process, heard, weight);
            // Each candidate has heard of another (the clocks go round in a circle, which no messages give),
            // or the senders' clocks together do not give this one.
            if (direct.isEmpty() || !agrees(v, at, process[k], before, b, direct, clocks, processes)) {
                unexplained(clocks, k, process[k], processes, before, b, direct, unexplained, events);
            }
            for (int s : direct) {
                senders.add(k, s);
            }
        }
        return senders.done();
    }

    /**
     * An event on a cycle of the happened-before the senders give (process order and messages), or -1
     * when there is none. Clocks that each pass the rule can still describe such a cycle (two events
     * each receiving from a later event of the other's process), which no execution has. An event left
     * waiting waits on its predecessor or on one of its senders that is left waiting too.
     */
    static int onCycle(SenderTable senders, int[][] byProcess, int[] process, int[] position) {
        int n = senders.events();
        int[] waiting = new int[n]; // steps into the event not yet taken: its predecessor on the process, its sender
        int[] receivesFromStart = new int[n + 1];
        for (int k = 0; k < n; k++) {
            waiting[k] = (position[k] > 0 ? 1 : 0) + senders.count(k);
            for (int i = 0; i < senders.count(k); i++) {
                receivesFromStart[senders.sender(k, i) + 1]++;
            }
        }
        for (int k = 0; k < n; k++) {
            receivesFromStart[k + 1] += receivesFromStart[k];
        }
        int[] receivers = new int[receivesFromStart[n]];
        int[] fill = Arrays.copyOf(receivesFromStart, n);
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < senders.count(k); i++) {
                receivers[fill[senders.sender(k, i)]++] = k;
            }
        }
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int k = 0; k < n; k++) {
            if (waiting[k] == 0) {
                queue[tail++] = k;
            }
        }
        while (head < tail) {
            int k = queue[head++];
            int[] run = byProcess[process[k]];
            if (position[k] + 1 < run.length && --waiting[run[position[k] + 1]] == 0) {
                queue[tail++] = run[position[k] + 1];
            }
            for (int i = receivesFromStart[k]; i < receivesFromStart[k + 1]; i++) {
                if (--waiting[receivers[i]] == 0) {
                    queue[tail++] = receivers[i];
                }
            }
        }
        if (tail == n) {
            return -1;
        }
        // Every event left waiting waits on another left waiting: walking back from one must come round.
        int k = 0;
        while (waiting[k] == 0) {
            k++;
        }
        boolean[] seen = new boolean[n];
        while (!seen[k]) {
            seen[k] = true;
            int[] run = byProcess[process[k]];
            int before = position[k] > 0 ? run[position[k] - 1] : -1;
            if (before >= 0 && waiting[before] > 0) {
                k = before;
            } else {
                int waitingOn = -1;
                for (int i = 0; i < senders.count(k) && waitingOn < 0; i++) {
                    waitingOn = waiting[senders.sender(k, i)] > 0 ? senders.sender(k, i) : -1;
                }
                k = waitingOn;
            }
        }
        return k;
    }

    /**
     * The candidates no other candidate has heard of: the messages themselves. Usually one candidate
     * has heard of all the others (the sender, whose clock outweighs theirs), which is checked in one
     * pass; otherwise every pair is compared.
     */
    private static List<Integer> direct(int[] candidates, int c, ClockRows clocks, int[] process, int[] v,
            long[] weight) {
        int heaviest = candidates[0];
        for (int i = 1; i < c; i++) {
            if (weight(clocks, candidates[i], v.length, weight) > weight(clocks, heaviest, v.length, weight)) {
                heaviest = candidates[i];
            }
        }
        boolean alone = true;
        for (int i = 0; i < c && alone; i++) {
            int s = candidates[i];
            alone = s == heaviest || (clocks.get(heaviest, process[s]) >= v[process[s]]
                    && clocks.get(s, process[heaviest]) < v[process[heaviest]]);
        }
        if (alone) {
            return List.of(heaviest);
        }
        List<Integer> direct = new ArrayList<>();
        for (int i = 0; i < c; i++) {
            int s = candidates[i];
            int q = process[s];
            boolean implied = false;
            for (int j = 0; j < c && !implied; j++) {
                implied = j != i && clocks.get(candidates[j], q) >= v[q];
            }
            if (!implied) {
                direct.add(s);
            }
        }
        return direct;
    }

    /** The sum of row k's entries, worked out once. */
    private static long weight(ClockRows clocks, int k, int processes, long[] weight) {
        if (weight[k] < 0) {
            int[] v = clocks.chunk(k);
            int at = clocks.offset(k);
            long sum = 0;
            for (int q = 0; q < processes; q++) {
                sum += v[at + q];
            }
            weight[k] = sum;
        }
        return weight[k];
    }

    /**
     * Whether the clock at (mine, m) is the greatest of (before, b) and the senders' clocks but in its own
     * entry p: each of its entries comes from the previous event or from a message. Read in place, a
     * sender's row at a time, as this runs for every receive of a big log.
     */
    private static boolean agrees(int[] mine, int m, int p, int[] before, int b, List<Integer> senders,
            ClockRows clocks, int processes) {
        if (senders.size() == 1) {
            int s = senders.get(0);
            int[] from = clocks.chunk(s);
            int f = clocks.offset(s);
            for (int q = 0; q < processes; q++) {
                if (q != p && mine[m + q] != Math.max(before[b + q], from[f + q])) {
                    return false;
                }
            }
            return true;
        }
        int[] most = greatest(before, b, senders, clocks, processes);
        for (int q = 0; q < processes; q++) {
            if (q != p && mine[m + q] != most[q]) {
                return false;
            }
        }
        return true;
    }

    /** What IR2 gives but for the own entry: entry by entry, the greatest of the previous event's and the senders'. */
    private static int[] greatest(int[] before, int b, List<Integer> senders, ClockRows clocks, int processes) {
        int[] most = Arrays.copyOfRange(before, b, b + processes);
        for (int s : senders) {
            int[] from = clocks.chunk(s);
            int f = clocks.offset(s);
            for (int q = 0; q < processes; q++) {
                most[q] = Math.max(most[q], from[f + q]);
            }
        }
        return most;
    }

    /** Says that no set of messages gives event k's clock, and what the messages found give instead. */
    private static void unexplained(ClockRows clocks, int k, int p, int processes, int[] before, int b,
            List<Integer> senders, List<LoadProblem> unexplained, RawExecution events) {
        int[] expected = greatest(before, b, senders, clocks, processes);
        int[] logged = clocks.row(k, processes);
        expected[p] = logged[p]; // its own count, which the format check has seen to
        unexplained.add(new LoadProblem(events.clockLine(k), events.clockColumn(k), "no set of messages gives this "
                + "clock: the messages found give " + Arrays.toString(expected).replace(" ", "")
                + " where the log says " + Arrays.toString(logged).replace(" ", "")
                + "; a receive's clock is, entry by entry, the greatest of its previous event's and its senders'"));
    }
}
