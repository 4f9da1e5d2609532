package dev.spacetime.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.model.Rules;
import dev.spacetime.sim.anomaly.AnomalyRun;
import dev.spacetime.sim.anomaly.AnomalyScenario;
import dev.spacetime.sim.anomaly.Remedy;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnomalyTest {
    @Test
    void withoutARemedyTheSystemOrdersBBeforeAAlthoughAComesFirst() {
        AnomalyRun run = AnomalyScenario.run(3, Remedy.NONE);
        Analysis a = Analysis.of(run.diagram());
        int x = a.indexOf(run.requestA());
        int y = a.indexOf(run.requestB());
        assertTrue(a.happenedBeforeWithExternal(x, y), "A ➝ B through the call");
        assertFalse(a.happenedBefore(x, y), "which the system cannot see");
        assertTrue(a.totallyBefore(y, x), "⇒ puts B first");
        assertTrue(run.anomalous());
        assertEquals(4, run.timestampA());
        assertEquals(2, run.timestampB());
        assertTrue(run.explanation().contains("Strong Clock Condition fails"), run.explanation());
        assertEquals(List.of(), Rules.check(run.diagram()));
    }

    @Test
    void theFirstRemedyRemovesTheAnomaly() {
        AnomalyRun run = AnomalyScenario.run(3, Remedy.USER_TIMESTAMP);
        assertFalse(run.anomalous());
        assertTrue(run.timestampB() > run.timestampA(), run.explanation());
        Analysis a = Analysis.of(AnomalyScenario.run(3, Remedy.USER_TIMESTAMP).diagram());
        assertEquals(List.of(), a.strongClockConditionSteps(), "the call is now a message the clocks see");
    }

    @Test
    void theExampleFileIsWhatTheGeneratorMakes() throws Exception {
        var file = dev.spacetime.io.DiagramReader.read(java.nio.file.Path.of("examples", "anomalous-telephone.json"));
        assertTrue(AnomalyScenario.run(3, Remedy.NONE).diagram().sameContent(file));
    }

    @Test
    void withTooLittleWorkOnAThereIsNoAnomalyAndTheWordsSaySo() {
        AnomalyRun run = AnomalyScenario.run(1, Remedy.NONE);
        assertFalse(run.anomalous());
        assertTrue(run.explanation().contains("no anomaly between the two requests this time"), run.explanation());
        long violations = Analysis.of(run.diagram()).pairCounts().anomalies();
        assertTrue(violations > 0, "the clocks still cannot see the call");
        assertTrue(run.explanation().contains("the Strong Clock Condition still fails on " + violations + " pairs"),
                run.explanation());
    }

    @Test
    void theFirstRemedySaysWhatTheCallCarries() {
        AnomalyRun run = AnomalyScenario.run(3, Remedy.USER_TIMESTAMP);
        assertTrue(run.explanation().startsWith("Told T_A = 4 on the phone (the call carries the caller's clock, Tm = 5"),
                run.explanation());
    }

    @Test
    void theSecondRemedyIsNotMadeUpHereButRunOnSectionSixsClocks() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> AnomalyScenario.run(3, Remedy.PHYSICAL_CLOCKS));
        assertTrue(refused.getMessage().contains("section 6's clocks"), refused.getMessage());
    }
}
