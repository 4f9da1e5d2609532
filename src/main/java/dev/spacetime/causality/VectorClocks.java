package dev.spacetime.causality;

/**
 * Vector clocks (Fidge and Mattern): entry q of event e counts the events of process q that happen
 * before e or are e. Then a → b exactly when a ≠ b and V(b)[process(a)] > position(a), an O(1) test,
 * and comparing two whole vectors is O(P).
 *
 * <p>Stored one flat int array per process (event-major), so a million events on 64 processes are 64
 * arrays of 4 MB rather than one huge block or an object per event.
 */
public final class VectorClocks {
    private final EventGraph graph;
    private final int[][] byProcess;
    private final int width;

    private VectorClocks(EventGraph graph, int[][] byProcess) {
        this.graph = graph;
        this.byProcess = byProcess;
        this.width = graph.processCount();
    }

    /** Vector clocks under →, or under the paper's ➝ (external messages too) when {@code withExternal}. */
    static VectorClocks compute(EventGraph g, int[] topologicalOrder, boolean withExternal) {
        int w = g.processCount();
        int[][] v = new int[w][];
        for (int p = 0; p < w; p++) {
            v[p] = new int[g.eventsOn(p) * w];
        }
        for (int e : topologicalOrder) {
            int p = g.process(e);
            int i = g.position(e);
            int[] row = v[p];
            int at = i * w;
            if (i > 0) {
                System.arraycopy(row, at - w, row, at, w);
            }
            for (int k = 0; k < g.senderCount(e); k++) {
                mergeFrom(g, v, row, at, g.sender(e, k));
            }
            if (withExternal) {
                for (int k = 0; k < g.externalSenderCount(e); k++) {
                    mergeFrom(g, v, row, at, g.externalSender(e, k));
                }
            }
            row[at + p] = i + 1;
        }
        return new VectorClocks(g, v);
    }

    private static void mergeFrom(EventGraph g, int[][] v, int[] row, int at, int s) {
        int w = g.processCount();
        int[] src = v[g.process(s)];
        int from = g.position(s) * w;
        for (int q = 0; q < w; q++) {
            if (src[from + q] > row[at + q]) {
                row[at + q] = src[from + q];
            }
        }
    }

    /** V(e)[q]: how many events of process q happen before e or are e. */
    public int get(int e, int q) {
        return byProcess[graph.process(e)][graph.position(e) * width + q];
    }

    /** A copy of V(e). */
    public int[] vector(int e) {
        int[] out = new int[width];
        System.arraycopy(byProcess[graph.process(e)], graph.position(e) * width, out, 0, width);
        return out;
    }

    /** The vectors of process p's events, event-major: entry q of its i-th event is at i·P + q. */
    int[] rows(int p) {
        return byProcess[p];
    }

    /** a → b (or a ➝ b for the clocks computed with external messages). */
    public boolean before(int a, int b) {
        return a != b && get(b, graph.process(a)) > graph.position(a);
    }
}
