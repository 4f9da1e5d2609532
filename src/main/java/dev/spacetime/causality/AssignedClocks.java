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

    /** Whether the assignment gives event {@code e} a value; one it does not give is "not yet given", never a violation. */
    public boolean given(int e) {
        return !Double.isNaN(value[e]);
    }

    /** Whether every event has a value. */
    public boolean complete() {
        for (double v : value) {
            if (Double.isNaN(v)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where C1 fails among the values given: a comes just before b on a process, yet C(a) ≥ C(b).
     * Checking each pair of neighbours is enough, since a value missing in between is skipped over
     * to the next one given: an event without a value breaks no condition, and hides none either.
     */
    public List<ClockCondition.Violation> c1Violations() {
        List<ClockCondition.Violation> found = new ArrayList<>();
        int last = -1; // the last event on this process with a value
        for (int e = 0; e < value.length; e++) {
            if (g.position(e) == 0) {
                last = -1;
            }
            if (!given(e)) {
                continue;
            }
            if (last >= 0 && !(value[last] < value[e])) {
                found.add(new ClockCondition.Violation(last, e, false, false));
            }
            last = e;
        }
        return found;
    }

    /** Where C2 fails among the values given: a sends a message that b receives, yet C(a) ≥ C(b). */
    public List<ClockCondition.Violation> c2Violations() {
        List<ClockCondition.Violation> found = new ArrayList<>();
        for (int e = 0; e < value.length; e++) {
            for (int k = 0; k < g.senderCount(e); k++) {
                int s = g.sender(e, k);
                if (given(s) && given(e) && !(value[s] < value[e])) {
                    found.add(new ClockCondition.Violation(s, e, true, false));
                }
            }
        }
        return found;
    }

    /**
     * Why these clocks cannot give ⇒ (some event has no value yet, or C1 or C2 fails), or null when
     * they can: then they satisfy the Clock Condition and {@link #order()} extends →.
     */
    public String whyNoOrder() {
        List<Integer> missing = missing();
        if (!missing.isEmpty()) {
            return name + " gives no value yet to " + ids(missing);
        }
        List<ClockCondition.Violation> c1 = c1Violations();
        if (!c1.isEmpty()) {
            return "C1 fails at " + steps(c1, " → ");
        }
        List<ClockCondition.Violation> c2 = c2Violations();
        if (!c2.isEmpty()) {
            return "C2 fails at " + steps(c2, " ⇝ ");
        }
        return null;
    }

    /** ⇒ built from these clocks, ties broken by process order; it extends → when {@link #whyNoOrder()} is null. */
    public TotalOrder order() {
        return TotalOrder.of(g, value);
    }

    private String ids(List<Integer> events) {
        String shown = events.stream().limit(3).map(g::id).collect(java.util.stream.Collectors.joining(", "));
        return shown + (events.size() > 3 ? " and " + (events.size() - 3) + " more" : "");
    }

    private String steps(List<ClockCondition.Violation> found, String arrow) {
        ClockCondition.Violation v = found.get(0);
        return g.id(v.from()) + arrow + g.id(v.to()) + (found.size() > 1 ? " and " + (found.size() - 1) + " more" : "");
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
