package dev.spacetime.causality;

import dev.spacetime.model.Diagram;
import java.util.List;

/**
 * Everything the paper derives from one diagram, computed in one linear pass (plus O(P) per event
 * for the vector clocks): Lamport clocks, vector clocks, the total order ⇒, and from them
 * happened-before, concurrency, causal cones, witness paths, false orderings and anomalies.
 *
 * <p>Events are named by their index in the {@link #graph() event graph}: processes in the diagram's
 * order, events in order along each. The diagram must be valid ({@link dev.spacetime.model.Rules}).
 * An analysis is immutable and keeps the clocks, order and ids of the diagram as it was when
 * analysed; after an edit, analyse again (it is one linear pass) rather than mixing the two.
 */
public final class Analysis {
    private final EventGraph graph;
    private final LamportClocks lamport;
    private final VectorClocks vectors;
    private final VectorClocks extended;
    private final TotalOrder order;
    private PairCounts counts;

    private Analysis(EventGraph graph) {
        this.graph = graph;
        int[] topo = graph.topologicalOrder(false);
        this.lamport = LamportClocks.compute(graph, topo);
        this.vectors = VectorClocks.compute(graph, topo, false);
        this.extended = graph.externalMessageCount() == 0 ? null
                : VectorClocks.compute(graph, graph.topologicalOrder(true), true);
        this.order = TotalOrder.of(graph, lamport);
    }

    public static Analysis of(Diagram diagram) {
        return new Analysis(EventGraph.of(diagram));
    }

    public EventGraph graph() {
        return graph;
    }

    public int eventCount() {
        return graph.eventCount();
    }

    /** The event index of an id, or -1. */
    public int indexOf(String id) {
        return graph.indexOf(id);
    }

    public String id(int e) {
        return graph.id(e);
    }

    // ---- section 2: happened before ----

    /** a → b: a happens before b through process order and messages (external ones not counted). */
    public boolean happenedBefore(int a, int b) {
        return vectors.before(a, b);
    }

    /** a ‖ b: two different events, neither happening before the other. */
    public boolean concurrent(int a, int b) {
        return a != b && !vectors.before(a, b) && !vectors.before(b, a);
    }

    /** The causal past, future and concurrent events of {@code e}, per process. */
    public CausalCone cone(int e) {
        return CausalCone.of(graph, vectors, e);
    }

    /** The chain of steps that proves a → b, or null when a does not happen before b. */
    public Witness witness(int a, int b) {
        return Witness.find(graph, vectors, a, b);
    }

    // ---- section 3: clocks ----

    /** C⟨e⟩ by IR1 and IR2. */
    public int lamport(int e) {
        return lamport.of(e);
    }

    public LamportClocks lamportClocks() {
        return lamport;
    }

    /** The vector clock of e, indexed by the processes' order. */
    public int[] vector(int e) {
        return vectors.vector(e);
    }

    public VectorClocks vectorClocks() {
        return vectors;
    }

    /** Checks the Clock Condition on the Lamport clocks: true for any correct implementation. */
    public boolean clockConditionHolds() {
        return ClockCondition.violations(graph, lamportAsTimes(), false).isEmpty();
    }

    // ---- section 4: the total order ----

    public TotalOrder totalOrder() {
        return order;
    }

    /** a ⇒ b. */
    public boolean totallyBefore(int a, int b) {
        return order.rank(a) < order.rank(b);
    }

    /** Counts of concurrent pairs, false orderings and anomalies; computed once, O(N·P). */
    public synchronized PairCounts pairCounts() {
        if (counts == null) {
            counts = scan().count();
        }
        return counts;
    }

    /**
     * Every concurrent pair (a, b) with a ⇒ b, sorted by a's place in ⇒ and then b's. There are up
     * to N²/2 of them: meant for small diagrams.
     */
    public void concurrentPairs(PairVisitor visitor) {
        int n = eventCount();
        for (int i = 0; i < n; i++) {
            int a = order.at(i);
            for (int j = i + 1; j < n; j++) {
                int b = order.at(j);
                // b ⇒-after a rules out b → a (the Clock Condition), so only a → b is left to test.
                if (!vectors.before(a, b) && !visitor.visit(a, b)) {
                    return;
                }
            }
        }
    }

    /** Every false ordering: C(a) < C(b) yet a ‖ b, so ⇒ orders two events causality leaves unordered. */
    public void falseOrderings(PairVisitor visitor) {
        scan().falseOrderings(visitor);
    }

    // ---- section 5: anomalous behaviour ----

    /** True when the diagram has external messages, so ➝ differs from →. */
    public boolean hasExternalMessages() {
        return extended != null;
    }

    /** a ➝ b: a happens before b when external messages count too. */
    public boolean happenedBeforeWithExternal(int a, int b) {
        return extended == null ? vectors.before(a, b) : extended.before(a, b);
    }

    /**
     * The cone of {@code e} under ➝ (section 5): its past and future reached through external messages
     * as well as internal ones, so an event that only a telephone call orders lies in the cone. The same
     * as {@link #cone} when the diagram has no external messages.
     */
    public CausalCone coneWithExternal(int e) {
        return CausalCone.of(graph, extended == null ? vectors : extended, e);
    }

    /** Every pair a ➝ b with C(a) ≥ C(b): each a violation of the Strong Clock Condition. */
    public void anomalies(PairVisitor visitor) {
        scan().anomalies(visitor);
    }

    /** The direct steps of ➝ whose Lamport clocks do not increase (external messages among them). */
    public List<ClockCondition.Violation> strongClockConditionSteps() {
        return ClockCondition.violations(graph, lamportAsTimes(), true);
    }

    private double[] lamportAsTimes() {
        double[] c = new double[eventCount()];
        for (int e = 0; e < c.length; e++) {
            c[e] = lamport.of(e);
        }
        return c;
    }

    private PairScan scan() {
        return new PairScan(graph, vectors, extended, lamport);
    }
}
