package dev.spacetime.io.shiviz;

import dev.spacetime.io.LoadProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The messages a log's vector clocks imply. When an event's entry for another process rose since the
 * previous event on its own process, the event learned of that process's event with the new count:
 * a message reached it, directly or through others. Arcs implied by other arcs (the sender is already
 * known to one of the other senders) are dropped; what is left are the messages themselves.
 */
final class MessageArcs {
    private MessageArcs() {
    }

    /** For each event (log order), the event it receives from, or -1. */
    static int[] senders(ClockRows clocks, int[] process, int[][] byProcess, RawExecution events, String[] names,
            List<LoadProblem> problems) {
        int n = clocks.size();
        int processes = byProcess.length;
        int[] sender = new int[n];
        Arrays.fill(sender, -1);
        int[] previous = new int[n];
        for (int[] run : byProcess) {
            for (int i = 0; i < run.length; i++) {
                previous[run[i]] = i == 0 ? -1 : run[i - 1];
            }
        }
        int[] none = new int[processes];
        long[] weight = new long[n]; // the sum of a clock's entries: a sender outweighs all it has heard of
        for (int k = 0; k < n; k++) {
            int[] v = clocks.chunk(k);
            int at = clocks.offset(k);
            long sum = 0;
            for (int q = 0; q < processes; q++) {
                sum += v[at + q];
            }
            weight[k] = sum;
        }
        int[] candidates = new int[processes];
        int[] heard = new int[processes]; // the clock of the event at hand, which the candidates are weighed against
        for (int k = 0; k < n && problems.size() < ShivizLog.MAX_PROBLEMS; k++) {
            int[] v = clocks.chunk(k);
            int at = clocks.offset(k);
            int[] before = previous[k] < 0 ? none : clocks.chunk(previous[k]);
            int b = previous[k] < 0 ? 0 : clocks.offset(previous[k]);
            int c = 0;
            for (int q = 0; q < processes; q++) {
                int value = v[at + q];
                if (value > before[b + q] && q != process[k]) {
                    candidates[c++] = byProcess[q][value - 1];
                }
            }
            if (c == 0) {
                continue;
            }
            System.arraycopy(v, at, heard, 0, processes);
            List<Integer> direct = direct(candidates, c, clocks, process, heard, weight);
            if (direct.size() > 1) {
                problems.add(new LoadProblem(events.line(k), events.column(k), "event \"" + events.text(k) + "\" on \""
                        + names[process[k]] + "\" learns of " + describe(direct, events, process, names)
                        + " at once; Spacetime draws one message per receive, so log each receive as its own event"));
            } else if (direct.size() == 1) {
                sender[k] = direct.get(0);
            }
        }
        for (int k = 0; k < n; k++) {
            int s = sender[k];
            if (s >= 0 && sender[s] >= 0 && problems.size() < ShivizLog.MAX_PROBLEMS) {
                problems.add(new LoadProblem(events.line(s), events.column(s), "event \"" + events.text(s) + "\" on \""
                        + names[process[s]] + "\" both receives a message and sends one; Spacetime draws a receive and a send as two events"));
            }
        }
        return sender;
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
            if (weight[candidates[i]] > weight[heaviest]) {
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

    private static String describe(List<Integer> senders, RawExecution events, int[] process, String[] names) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < senders.size(); i++) {
            int s = senders.get(i);
            sb.append(i == 0 ? "" : i == senders.size() - 1 ? " and " : ", ").append('"')
                    .append(events.text(s)).append("\" on \"").append(names[process[s]]).append('"');
        }
        return sb.toString();
    }
}
