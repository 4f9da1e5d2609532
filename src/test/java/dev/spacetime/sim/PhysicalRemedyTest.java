package dev.spacetime.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.AssignedClocks;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.Rules;
import dev.spacetime.sim.anomaly.AnomalyRun;
import dev.spacetime.sim.anomaly.ClockBound;
import dev.spacetime.sim.anomaly.PhysicalRemedyParameters;
import dev.spacetime.sim.recipe.PhysicalAnomaly;
import dev.spacetime.sim.recipe.SimulationRecipe;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sections 5 and 6 joined: the telephone call on the physical clocks, against ε/(1 − κ) ≤ μ. */
class PhysicalRemedyTest {
    /** A short call, and delays that vary by more than it lasts: seed 3 puts B's clock behind A's by more. */
    static final PhysicalRemedyParameters BROKEN = new PhysicalRemedyParameters(3, 0.001, 2, 1, 0.05, 0.05, 2, 0.02, 3);

    @Test
    void theBoundsArithmetic() {
        ClockBound holds = new ClockBound(0.024, 0.002, 0.001, 0.05, 1, List.of());
        assertEquals(0.05, holds.mu(), "μ is the network's least delay when the call is longer");
        assertEquals(0.024 / 0.999, holds.theoremRatio(), 1e-15);
        assertEquals(0.002 / 0.999, holds.measuredRatio(), 1e-15);
        assertTrue(holds.theoremHolds() && holds.measuredHolds());
        assertTrue(holds.describe().contains("ε/(1 − κ) = 0.024 ≤ μ = 0.05: the condition holds"), holds.describe());

        ClockBound shortCall = new ClockBound(0.104, 0.03, 0.001, 0.05, 0.02, List.of());
        assertEquals(0.02, shortCall.mu(), "the telephone call is the shortest transmission");
        assertFalse(shortCall.theoremHolds());
        assertFalse(shortCall.measuredHolds());
        assertTrue(shortCall.describe().contains("ε/(1 − κ) = 0.104 > μ = 0.02: the condition fails"),
                shortCall.describe());

        // κ counts: ε = 0.5 fits under μ = 0.5 only with clocks that never run slow.
        assertTrue(new ClockBound(0.5, 0, 0, 1, 0.5, List.of()).theoremHolds(), "ε/(1 − κ) = μ is allowed");
        assertFalse(new ClockBound(0.5, 0, 0.1, 1, 0.5, List.of()).theoremHolds(), "0.5/0.9 > 0.5");
        assertTrue(new ClockBound(1, 0.45, 0.1, 1, 0.5, List.of()).measuredHolds(), "0.45/0.9 = 0.5 ≤ 0.5");
    }

    @Test
    void theDefaultsMeetTheBoundAndOrderRequestAFirstUnderCPhys() {
        AnomalyRun run = PhysicalAnomaly.run(PhysicalRemedyParameters.defaults());
        assertTrue(run.bound().theoremHolds() && run.bound().measuredHolds(), run.explanation());
        assertFalse(run.anomalous(), run.explanation());
        Analysis a = Analysis.of(run.diagram());
        AssignedClocks clocks = AssignedClocks.of(a);
        int x = a.indexOf(run.requestA());
        int y = a.indexOf(run.requestB());
        assertTrue(a.happenedBeforeWithExternal(x, y) && !a.happenedBefore(x, y), "A ➝ B only through the call");
        assertEquals(clocks.of(x), run.timestampA());
        assertEquals(clocks.of(y), run.timestampB());
        assertTrue(run.timestampA() < run.timestampB());
        assertTrue(clocks.before(x, y), "⇒ under C_phys puts request A first");
        assertEquals(List.of(), clocks.missing(), "every event is stamped with its computer's clock");
        assertEquals(List.of(), clocks.strongClockConditionViolations());
        assertEquals(List.of(), Rules.check(run.diagram()));
        assertTrue(run.explanation().contains("T_A = " + dev.spacetime.model.ReadableNumber.of(run.timestampA()) + " < T_B")
                && run.explanation().contains("as the bound guarantees"), run.explanation());
        assertTrue(run.bound().warnings().isEmpty(), () -> "the defaults meet the theorem's assumptions: "
                + run.bound().warnings());
    }

    @Test
    void theClocksResynchroniseByIr2PrimeAmongAbAndS() {
        Diagram d = PhysicalAnomaly.run(PhysicalRemedyParameters.defaults()).diagram();
        assertEquals(List.of("A", "S", "B"), List.of(d.processName(0), d.processName(1), d.processName(2)));
        int syncAS = 0;
        int syncBS = 0;
        for (int k = 0; k < d.messageCount(); k++) {
            int m = d.message(k);
            int from = d.processOf(d.messageFrom(m));
            int to = d.processOf(d.messageTo(m));
            double sent = d.annotations().clock(d.eventId(d.messageFrom(m)));
            double received = d.annotations().clock(d.eventId(d.messageTo(m)));
            if (d.isExternal(m)) {
                assertEquals("telephone call", d.messageLabel(m));
                continue;
            }
            // IR2′: the receiver's clock is at least Tm + μ once the message is in.
            assertTrue(received >= sent + 0.05 - 1e-9, "C_phys " + received + " after Tm = " + sent);
            assertFalse(Math.min(from, to) == 0 && Math.max(from, to) == 2, "with d = 2, A and B talk only through S");
            syncAS += from + to == 1 ? 1 : 0;
            syncBS += from + to == 3 ? 1 : 0;
        }
        // The run lasts over 3τ: each of the two links carries at least three messages each way.
        assertTrue(syncAS >= 6 && syncBS >= 6, "a message each way every τ: " + syncAS + ", " + syncBS);
    }

    @Test
    void aShortCallBreaksTheBoundAndTheAnomalyComesBack() {
        AnomalyRun run = PhysicalAnomaly.run(BROKEN);
        assertFalse(run.bound().theoremHolds(), run.explanation());
        assertFalse(run.bound().measuredHolds(), run.explanation());
        assertTrue(run.anomalous(), run.explanation());
        assertTrue(run.timestampB() < run.timestampA());
        Analysis a = Analysis.of(run.diagram());
        assertTrue(AssignedClocks.of(a).before(a.indexOf(run.requestB()), a.indexOf(run.requestA())), "⇒ grants B first");
        assertFalse(AssignedClocks.of(a).strongClockConditionViolations().isEmpty());
        assertTrue(run.explanation().contains("ε/(1 − κ) = 0.104 > μ = 0.02: the condition fails")
                && run.explanation().contains("the anomaly is back"), run.explanation());
    }

    @Test
    void aRunIsMadeAgainFromTheSettingsItKeeps() {
        for (PhysicalRemedyParameters q : List.of(PhysicalRemedyParameters.defaults(), BROKEN)) {
            Diagram d = PhysicalAnomaly.run(q).diagram();
            assertNotNull(d.annotations().simulation());
            assertEquals(q.call(), d.annotations().simulation().parameter("call"));
            assertTrue(SimulationRecipe.rerun(d).sameContent(d));
        }
    }

    @Test
    void parametersThatCannotRunAreRefusedWithTheReason() {
        PhysicalRemedyParameters d = PhysicalRemedyParameters.defaults();
        assertTrue(new PhysicalRemedyParameters(3, 0.001, 3, 1, 0.05, 0.01, 2, 1, 1).problem()
                .startsWith("computers A, B and S make a network of diameter 1"));
        assertTrue(new PhysicalRemedyParameters(3, 0.001, 2, 1, 0.05, 0.01, 2, 0, 1).problem().contains("call"));
        assertTrue(new PhysicalRemedyParameters(3, 1, 2, 1, 0.05, 0.01, 2, 1, 1).problem().contains("κ < 1"));
        assertTrue(new PhysicalRemedyParameters(3, 0.001, 2, 0.001, 0.05, 0.01, 2, 100, 1).problem()
                .contains("more messages than a picture can hold"));
        assertEquals(null, d.problem());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PhysicalAnomaly.run(
                new PhysicalRemedyParameters(0, 0.001, 2, 1, 0.05, 0.01, 2, 1, 1)));
        assertTrue(e.getMessage().contains("1 to 1000 events"));
    }
}
