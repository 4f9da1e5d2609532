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
    static int[] senders(int[][] clocks, int[] process, List<List<Integer>> byProcess, List<LogEvent> events,
            String[] names, List<LoadProblem> problems) {
        int n = clocks.length;
        int[] sender = new int[n];
        Arrays.fill(sender, -1);
        int[] previous = new int[n];
        for (List<Integer> run : byProcess) {
            for (int i = 0; i < run.size(); i++) {
                previous[run.get(i)] = i == 0 ? -1 : run.get(i - 1);
            }
        }
        for (int k = 0; k < n; k++) {
            int[] v = clocks[k];
            int[] before = previous[k] < 0 ? new int[v.length] : clocks[previous[k]];
            List<Integer> candidates = new ArrayList<>();
            for (int q = 0; q < v.length; q++) {
                if (q != process[k] && v[q] > before[q]) {
                    candidates.add(byProcess.get(q).get(v[q] - 1));
                }
            }
            List<Integer> direct = new ArrayList<>();
            for (int s : candidates) {
                int q = process[s];
                boolean implied = false;
                for (int other : candidates) {
                    implied |= other != s && clocks[other][q] >= v[q];
                }
                if (!implied) {
                    direct.add(s);
                }
            }
            LogEvent e = events.get(k);
            if (direct.size() > 1) {
                problems.add(new LoadProblem(e.line(), e.column(), "event \"" + e.text() + "\" on \"" + e.host()
                        + "\" learns of " + describe(direct, events, process, names)
                        + " at once; Spacetime draws one message per receive, so log each receive as its own event"));
            } else if (direct.size() == 1) {
                sender[k] = direct.get(0);
            }
        }
        for (int k = 0; k < n; k++) {
            int s = sender[k];
            if (s >= 0 && sender[s] >= 0) {
                LogEvent e = events.get(s);
                problems.add(new LoadProblem(e.line(), e.column(), "event \"" + e.text() + "\" on \"" + e.host()
                        + "\" both receives a message and sends one; Spacetime draws a receive and a send as two events"));
            }
        }
        return sender;
    }

    private static String describe(List<Integer> senders, List<LogEvent> events, int[] process, String[] names) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < senders.size(); i++) {
            int s = senders.get(i);
            sb.append(i == 0 ? "" : i == senders.size() - 1 ? " and " : ", ").append('"')
                    .append(events.get(s).text()).append("\" on \"").append(names[process[s]]).append('"');
        }
        return sb.toString();
    }
}
