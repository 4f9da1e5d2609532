package dev.spacetime.causality;

import dev.spacetime.model.Annotations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A clock assignment of the diagram's own, held beside the Lamport clocks: a simulation's physical
 * clocks (section 6), say, or the values a student gives. The paper says any clock that keeps the Clock
 * Condition will do for ⇒; this checks that it does (C1 along processes, C2 along messages), whether it
 * keeps the Strong Clock Condition of section 5 too (external messages counted), and orders the events
 * by it, ties broken by process order as ⇒ breaks them.
 */
public final class AssignedClocks {
    private final EventGraph g;
    private final String name;
    private final double[] value;

    private AssignedClocks(EventGraph g, String name, double[] value) {
        this.g = g;
        this.name = name;
        this.value = value;
    }

    /** The diagram's own clocks, or null when it has none. */
    public static AssignedClocks of(Analysis a) {
        Annotations notes = a.graph().diagram().annotations();
        if (notes.clockName() == null) {
            return null;
        }
        EventGraph g = a.graph();
        double[] v = new double[g.eventCount()];
        for (int e = 0; e < v.length; e++) {
            v[e] = notes.clock(g.id(e));
        }
        return new AssignedClocks(g, notes.clockName(), v);
    }

    /** What the clock is called, e.g. "C_phys". */
    public String name() {
        return name;
    }

    /** Its value at event {@code e}, or NaN when the assignment gives it none. */
    public double of(int e) {
        return value[e];
    }

    /** The events it gives no value, in index order. */
    public List<Integer> missing() {
        List<Integer> out = new ArrayList<>();
        for (int e = 0; e < value.length; e++) {
            if (Double.isNaN(value[e])) {
                out.add(e);
            }
        }
        return out;
    }

    /** The steps where the Clock Condition fails: C1 (later on a process) or C2 (along a message), by {@link ClockCondition.Violation#message}. */
    public List<ClockCondition.Violation> clockConditionViolations() {
        return ClockCondition.violations(g, value, false);
    }

    /** The direct steps of ➝ (external messages included) where the clock does not increase. */
    public List<ClockCondition.Violation> strongClockConditionViolations() {
        return ClockCondition.violations(g, value, true);
    }

    /** a ⇒ b under these clocks: the smaller value first, equal values in process order. */
    public boolean before(int a, int b) {
        int c = Double.compare(value[a], value[b]);
        return c != 0 ? c < 0 : g.process(a) != g.process(b) ? g.process(a) < g.process(b) : a < b;
    }

    /** The events in ⇒ order under these clocks (events without a value last, as NaN sorts). */
    public int[] totalOrder() {
        Integer[] order = new Integer[value.length];
        for (int e = 0; e < order.length; e++) {
            order[e] = e;
        }
        Arrays.sort(order, (x, y) -> x.equals(y) ? 0 : before(x, y) ? -1 : 1);
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }
}
