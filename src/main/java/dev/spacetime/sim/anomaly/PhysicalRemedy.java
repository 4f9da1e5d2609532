package dev.spacetime.sim.anomaly;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.AssignedClocks;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.ReadableNumber;
import dev.spacetime.sim.Script;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Section 5's second remedy on section 6's clocks: the telephone call as a {@link Script} for the
 * physical clock simulation, computers A, B and S being its processes, and the verdict on the run —
 * whether the timestamps the clocks give (C_phys) order request A first, held against the bound
 * ε/(1 − κ) ≤ μ. The caller plays the script on the clocks (this package does not see them).
 */
public final class PhysicalRemedy {
    // S drawn between A and B, as it sits between them in the network: the clocks' messages then cross no line.
    static final int A = 0;
    static final int S = 1;
    static final int B = 2;

    private PhysicalRemedy() {
    }

    /** How far apart computer A's events are: a quarter of the clocks' period, so several fit between resets. */
    static double gap(PhysicalRemedyParameters q) {
        return q.tau() / 4;
    }

    /**
     * The story from {@code start} on (the clocks' convergence time, so that PC2 holds through it): A's
     * work, request A to S, the call to B, request B to S; the run ends once request B can have arrived.
     */
    public static Script script(PhysicalRemedyParameters q, double start) {
        String problem = q.problem();
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        double g = gap(q);
        List<Script.Step> steps = new ArrayList<>();
        for (int k = 0; k < q.workOnA(); k++) {
            steps.add(new Script.Local(A, start + k * g, "work"));
        }
        double requestA = start + q.workOnA() * g;
        // The person phones at once and the friend asks at once, so that the call is most of the time from
        // request A to request B.
        double phone = requestA + q.call() / 10;
        double requestB = phone + q.call() + q.call() / 10;
        steps.add(new Script.Inside(A, requestA, "request A", S, "gets request A", "request A"));
        steps.add(new Script.Outside(A, phone, "phone B", B, q.call(), "answer phone", "telephone call"));
        steps.add(new Script.Inside(B, requestB, "request B", S, "gets request B", "request B"));
        // A and B at the network's two ends with S between them: with d = 2 B's clock hears of A's only through S.
        return new Script(List.of("A", "S", "B"), new int[] {0, 1, 2}, steps, start + q.lastly() + g,
                title(q), q.settings());
    }

    private static String title(PhysicalRemedyParameters q) {
        return "Section 5, second remedy on section 6's clocks: κ = " + number(q.kappa()) + ", d = " + q.diameter()
                + ", τ = " + number(q.tau()) + ", μ = " + number(q.mu()) + ", ξ = " + number(q.xi()) + ", a call of "
                + number(q.call());
    }

    /** The verdict on a run of {@link #script}'s diagram, with the clocks' bound as the run gave it. */
    public static AnomalyRun judge(Diagram d, ClockBound bound) {
        Analysis a = Analysis.of(d);
        AssignedClocks clocks = AssignedClocks.of(a);
        if (clocks == null) {
            throw new IllegalArgumentException("the run has no physical clock readings (C_phys)");
        }
        String requestA = withLabel(d, "request A");
        String requestB = withLabel(d, "request B");
        int x = a.indexOf(requestA);
        int y = a.indexOf(requestB);
        double ta = clocks.of(x);
        double tb = clocks.of(y);
        boolean anomalous = a.happenedBeforeWithExternal(x, y) && tb < ta;
        int violations = clocks.strongClockConditionViolations().size();
        String clocksRun = "Computers A, B and S keep physical clocks as section 6 has them, resynchronised by IR1′ and "
                + "IR2′, and stamp every event with C_phys. ";
        String[] shown = apart(ta, tb);
        String outcome;
        if (!anomalous) {
            outcome = "T_A = " + shown[0] + " < T_B = " + shown[1] + ": under C_phys ⇒ puts request A first"
                    + (bound.measuredHolds() ? ", as the bound guarantees"
                            : "; the bound does not hold, so this is luck, not a guarantee: another seed, a shorter "
                                    + "call or worse clocks can bring the anomaly back")
                    + ". The Strong Clock Condition " + (violations == 0 ? "holds." : "fails on " + violations + " "
                            + (violations == 1 ? "step" : "steps") + " all the same.");
        } else {
            outcome = "T_B = " + shown[1] + " < T_A = " + shown[0] + ": the anomaly is back. Request A ➝ request B "
                    + "through the call, yet B's clock, behind A's by more than the call lasted, gives request B the "
                    + "smaller timestamp, and ⇒ under C_phys grants B first.";
        }
        if (a.happenedBefore(x, y)) {
            outcome += " (The clocks' own messages happen to carry news of request A to B before request B here, so"
                    + " → inside the system orders the two requests already; a shorter call leaves only the call.)";
        }
        String explanation = clocksRun + bound.describe() + " " + outcome;
        return new AnomalyRun(Remedy.PHYSICAL_CLOCKS, d, requestA, requestB, ta, tb, anomalous, explanation, bound);
    }

    private static String withLabel(Diagram d, String label) {
        for (int p = 0; p < d.processCount(); p++) {
            for (int k = 0; k < d.eventCount(p); k++) {
                int e = d.eventAt(p, k);
                if (label.equals(d.eventLabel(e))) {
                    return d.eventId(e);
                }
            }
        }
        throw new IllegalArgumentException("the run has no event \"" + label + "\"");
    }

    /** Two readings rounded for reading, with more decimals when that rounding would show them equal. */
    static String[] apart(double a, double b) {
        String x = number(a);
        String y = number(b);
        for (int scale = 4; x.equals(y) && a != b && scale <= 15; scale++) {
            x = new BigDecimal(a).setScale(scale, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
            y = new BigDecimal(b).setScale(scale, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        }
        return new String[] {x, y};
    }

    private static String number(double v) {
        return ReadableNumber.of(v);
    }
}
