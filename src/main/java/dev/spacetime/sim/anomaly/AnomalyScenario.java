package dev.spacetime.sim.anomaly;

import dev.spacetime.causality.Analysis;
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
 * order ⇒ puts B first, although A ➝ B. The Strong Clock Condition is what fails. The first remedy
 * is shown here too; the second runs on section 6's clocks (see {@link PhysicalRemedy}).
 *
 * @see #run(int, Remedy)
 */
public final class AnomalyScenario {
    /** The kind of simulation, as its settings name it. */
    public static final String KIND = "anomaly";

    private AnomalyScenario() {
    }

    /**
     * @param workOnA how many events computer A had before request A (its clock's lead over B's), at least 1
     * @param remedy  none, or the first: the second needs section 6's clocks ({@link PhysicalRemedy#script})
     */
    public static AnomalyRun run(int workOnA, Remedy remedy) {
        if (workOnA < 1 || workOnA > 1000) {
            throw new IllegalArgumentException("computer A needs 1 to 1000 events of work before request A");
        }
        if (remedy == Remedy.PHYSICAL_CLOCKS) {
            throw new IllegalArgumentException("the physical clocks remedy runs on section 6's clocks, with their"
                    + " parameters: see PhysicalRemedy");
        }
        Recorder rec = new Recorder(List.of("A", "B", "S"));
        double t = 0;
        for (int k = 0; k < workOnA; k++) {
            rec.event(0, t, "work");
            t += 10;
        }
        String requestA = rec.event(0, t, "request A");
        String phone = rec.event(0, t + 5, "phone B");
        String answer = rec.event(1, t + 10, "answer phone");
        String requestB = rec.event(1, t + 14, "request B");
        String getsB = rec.event(2, t + 22, "gets request B");
        String getsA = rec.event(2, t + 45, "gets request A");
        rec.message(requestA, getsA, "request A", false);
        rec.message(phone, answer, remedy == Remedy.USER_TIMESTAMP ? "telephone call: T_A" : "telephone call",
                remedy != Remedy.USER_TIMESTAMP);
        rec.message(requestB, getsB, "request B", false);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("workOnA", (long) workOnA);
        parameters.put("remedy", remedy.name());
        Diagram d = rec.build(title(remedy), b -> b.simulation(new SimulationSettings(KIND, parameters)));
        return judge(remedy, d, requestA, requestB);
    }

    private static String title(Remedy remedy) {
        return switch (remedy) {
            case NONE -> "Section 5: request A, a telephone call, then request B ordered before A";
            case USER_TIMESTAMP -> "Section 5, first remedy: the user gives request B a timestamp later than T_A";
            case PHYSICAL_CLOCKS -> throw new IllegalStateException("made by PhysicalRemedy");
        };
    }

    private static AnomalyRun judge(Remedy remedy, Diagram d, String requestA, String requestB) {
        Analysis a = Analysis.of(d);
        int x = a.indexOf(requestA);
        int y = a.indexOf(requestB);
        double ta = a.lamport(x);
        double tb = a.lamport(y);
        boolean violated = !a.strongClockConditionSteps().isEmpty();
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
            case PHYSICAL_CLOCKS -> throw new IllegalStateException("judged by PhysicalRemedy");
        };
        return new AnomalyRun(remedy, d, requestA, requestB, ta, tb, anomalous, explanation, null);
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
