package dev.spacetime.sim.anomaly;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.AssignedClocks;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.ReadableNumber;
import dev.spacetime.model.SimulationSettings;
import dev.spacetime.sim.Recorder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Section 5's anomalous behaviour, made to order: a person issues request A on computer A, then
 * telephones a friend in another city, who issues request B on computer B. Both requests go to the
 * system S. The call travels outside the system, so nothing in the system knows A happened before B;
 * with computer A's clock ahead of computer B's, request B gets the smaller timestamp and S's total
 * order ⇒ puts B first, although A ➝ B. The Strong Clock Condition is what fails. Both remedies of
 * the paper can be shown instead (see {@link Remedy}).
 *
 * @see #run(int, Remedy)
 */
public final class AnomalyScenario {
    /** The kind of simulation, as its settings name it. */
    public static final String KIND = "anomaly";
    /** How far apart the physical clocks of the second remedy may be (PC2). */
    static final double EPSILON = 3;
    /** How far each computer's physical clock (A, B, S) is ahead of true time in the second remedy. */
    private static final double[] PHYSICAL_OFFSET = {EPSILON / 2, -EPSILON / 2, 0};

    private AnomalyScenario() {
    }

    /**
     * @param workOnA how many events computer A had before request A (its clock's lead over B's), at least 1
     */
    public static AnomalyRun run(int workOnA, Remedy remedy) {
        if (workOnA < 1 || workOnA > 1000) {
            throw new IllegalArgumentException("computer A needs 1 to 1000 events of work before request A");
        }
        Recorder rec = new Recorder(List.of("A", "B", "S"));
        // The second remedy's physical clocks, which meet PC2 with ε = 3: A's runs 1.5 ahead of true time, B's
        // 1.5 behind, S's true. They are kept with the diagram as its own clock assignment, C_phys.
        Map<String, Double> physical = new LinkedHashMap<>();
        double t = 0;
        for (int k = 0; k < workOnA; k++) {
            event(rec, physical, 0, t, "work");
            t += 10;
        }
        String requestA = event(rec, physical, 0, t, "request A");
        String phone = event(rec, physical, 0, t + 5, "phone B");
        String answer = event(rec, physical, 1, t + 10, "answer phone");
        String requestB = event(rec, physical, 1, t + 14, "request B");
        String getsB = event(rec, physical, 2, t + 22, "gets request B");
        String getsA = event(rec, physical, 2, t + 45, "gets request A");
        rec.message(requestA, getsA, "request A", false);
        rec.message(phone, answer, remedy == Remedy.USER_TIMESTAMP ? "telephone call: T_A" : "telephone call",
                remedy != Remedy.USER_TIMESTAMP);
        rec.message(requestB, getsB, "request B", false);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("workOnA", (long) workOnA);
        parameters.put("remedy", remedy.name());
        Diagram d = rec.build(title(remedy), b -> {
            b.simulation(new SimulationSettings(KIND, parameters));
            if (remedy == Remedy.PHYSICAL_CLOCKS) {
                b.clocks("C_phys", physical);
            }
        });
        return judge(remedy, d, requestA, requestB);
    }

    /** Records an event and what the second remedy's physical clock of its process reads then. */
    private static String event(Recorder rec, Map<String, Double> physical, int p, double time, String label) {
        String id = rec.event(p, time, label);
        physical.put(id, rec.lastTime(p) + PHYSICAL_OFFSET[p]);
        return id;
    }

    private static String title(Remedy remedy) {
        return switch (remedy) {
            case NONE -> "Section 5: request A, a telephone call, then request B ordered before A";
            case USER_TIMESTAMP -> "Section 5, first remedy: the user gives request B a timestamp later than T_A";
            case PHYSICAL_CLOCKS -> "Section 5, second remedy: physical clocks as timestamps";
        };
    }

    private static AnomalyRun judge(Remedy remedy, Diagram d, String requestA, String requestB) {
        Analysis a = Analysis.of(d);
        int x = a.indexOf(requestA);
        int y = a.indexOf(requestB);
        double ta;
        double tb;
        boolean violated;
        if (remedy == Remedy.PHYSICAL_CLOCKS) {
            // The diagram's own clocks, C_phys: the call takes 5 > ε, so it cannot arrive before B's clock has
            // passed A's reading, and ⇒ under C_phys puts request A first.
            AssignedClocks clocks = AssignedClocks.of(a);
            ta = clocks.of(x);
            tb = clocks.of(y);
            violated = !clocks.strongClockConditionViolations().isEmpty();
        } else {
            ta = a.lamport(x);
            tb = a.lamport(y);
            violated = !a.strongClockConditionSteps().isEmpty();
        }
        boolean anomalous = a.happenedBeforeWithExternal(x, y) && tb < ta;
        String explanation = switch (remedy) {
            case NONE -> anomalous ? "Request A ➝ request B (through the telephone call), yet T_B = " + number(tb)
                    + " < T_A = " + number(ta) + ", so the system's ⇒ grants B first: the anomaly. "
                    + "The Strong Clock Condition fails on the call, which the clocks cannot see."
                    : "Request A ➝ request B through the call, and T_A = " + number(ta) + ", T_B = " + number(tb)
                    + ": with computer A's clock not far enough ahead, ⇒ happens to put A first, so no anomaly between "
                    + "the two requests this time" + (violated ? "; yet the Strong Clock Condition still fails on "
                    + plural(a.pairCounts().anomalies(), "pair") + " a ➝ b with C(a) ≥ C(b), since the clocks cannot see "
                    + "the call" : "") + ". Give computer A more work before request A to see the anomaly.";
            case USER_TIMESTAMP -> "Told T_A = " + number(ta) + " on the phone (the call carries the caller's clock, Tm = "
                    + number(callStamp(a, d)) + ", one more event after request A), B's request gets T_B = " + number(tb)
                    + " > T_A: the system orders A first.";
            case PHYSICAL_CLOCKS -> "With physical clocks as timestamps, A's " + number(EPSILON / 2) + " ahead of true "
                    + "time and B's " + number(EPSILON / 2) + " behind (they differ by at most ε = " + number(EPSILON)
                    + "), T_A = " + number(ta) + " and T_B = " + number(tb) + ": the call takes 5, longer than ε, so "
                    + "T_B > T_A and the Strong Clock Condition " + (violated ? "still fails somewhere" : "holds") + ".";
        };
        return new AnomalyRun(remedy, d, requestA, requestB, ta, tb, anomalous, explanation);
    }

    /** The clock the telephone call carries: its send's Lamport clock. */
    private static int callStamp(Analysis a, Diagram d) {
        for (int k = 0; k < d.messageCount(); k++) {
            int m = d.message(k);
            if ("telephone call: T_A".equals(d.messageLabel(m))) {
                return a.lamport(a.graph().indexOfHandle(d.messageFrom(m)));
            }
        }
        throw new IllegalStateException("the first remedy's diagram has its telephone call");
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String number(double v) {
        return ReadableNumber.of(v);
    }
}
