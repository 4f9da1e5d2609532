package dev.spacetime.testing;

import dev.spacetime.model.Diagram;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain graph search over a diagram, written without clocks, as the oracle the causality code is
 * checked against. Events are numbered as in the analysis: process by process, in order.
 */
public final class Reachability {
    private final int n;
    private final boolean[][] reach;
    private final List<List<Integer>> preds = new ArrayList<>();
    private final int[] process;

    public Reachability(Diagram d, boolean withExternal) {
        int[] index = new int[d.handleLimit()];
        List<int[]> order = new ArrayList<>();
        for (int p = 0; p < d.processCount(); p++) {
            for (int i = 0; i < d.eventCount(p); i++) {
                index[d.eventAt(p, i)] = order.size();
                order.add(new int[] {p, i});
            }
        }
        n = order.size();
        process = new int[n];
        List<List<Integer>> succ = new ArrayList<>();
        for (int e = 0; e < n; e++) {
            succ.add(new ArrayList<>());
            preds.add(new ArrayList<>());
            process[e] = order.get(e)[0];
        }
        for (int e = 0; e + 1 < n; e++) {
            if (order.get(e)[0] == order.get(e + 1)[0]) {
                succ.get(e).add(e + 1);
                preds.get(e + 1).add(e);
            }
        }
        for (int k = 0; k < d.messageCount(); k++) {
            int m = d.message(k);
            if (d.isExternal(m) && !withExternal) {
                continue;
            }
            int r = d.messageTo(m);
            int s = index[d.messageFrom(m)];
            succ.get(s).add(index[r]);
            preds.get(index[r]).add(s);
        }
        reach = new boolean[n][n];
        for (int a = 0; a < n; a++) {
            ArrayDeque<Integer> queue = new ArrayDeque<>(succ.get(a));
            while (!queue.isEmpty()) {
                int x = queue.poll();
                if (!reach[a][x]) {
                    reach[a][x] = true;
                    queue.addAll(succ.get(x));
                }
            }
        }
    }

    public int size() {
        return n;
    }

    public int process(int e) {
        return process[e];
    }

    /** a reaches b by one or more steps. */
    public boolean reaches(int a, int b) {
        return reach[a][b];
    }

    /** The number of events on the longest chain that ends at e, e included. */
    public int longestChainTo(int e) {
        int best = 0;
        for (int p : preds.get(e)) {
            best = Math.max(best, longestChainTo(p));
        }
        return best + 1;
    }
}
