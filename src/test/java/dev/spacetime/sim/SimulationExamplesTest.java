package dev.spacetime.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.io.DiagramReader;
import dev.spacetime.model.Diagram;
import java.nio.file.Path;
import dev.spacetime.sim.recipe.SimulationRecipe;
import org.junit.jupiter.api.Test;

/** The examples for sections 4–6 are what the simulations make from the parameters kept in them. */
class SimulationExamplesTest {
    @Test
    void eachSimulationExampleEqualsAFreshRunOfItsRecordedParameters() throws Exception {
        for (String name : new String[] {"mutual-exclusion.json", "anomalous-telephone.json", "physical-clocks.json",
                "replicated-register.json", "replicas-diverge.json", "anomaly-physical-bound-holds.json",
                "anomaly-physical-bound-broken.json"}) {
            Diagram file = DiagramReader.read(Path.of("examples", name));
            assertTrue(SimulationRecipe.rerun(file).sameContent(file), name + " is out of date: run simulate again");
        }
    }

    @Test
    void theSecondRemedysExamplesShowTheBoundHoldingAndTheAnomalyBackWhereItFails() throws Exception {
        var holds = dev.spacetime.sim.recipe.PhysicalAnomaly.run(physical("anomaly-physical-bound-holds.json"));
        assertTrue(holds.bound().measuredHolds() && !holds.anomalous(), holds.explanation());
        var broken = dev.spacetime.sim.recipe.PhysicalAnomaly.run(physical("anomaly-physical-bound-broken.json"));
        assertTrue(!broken.bound().theoremHolds() && broken.anomalous(), broken.explanation());
    }

    private static dev.spacetime.sim.anomaly.PhysicalRemedyParameters physical(String example) throws Exception {
        var s = DiagramReader.read(Path.of("examples", example)).annotations().simulation();
        return new dev.spacetime.sim.anomaly.PhysicalRemedyParameters(((Number) s.parameter("workOnA")).intValue(),
                (Double) s.parameter("kappa"), ((Number) s.parameter("diameter")).intValue(), (Double) s.parameter("tau"),
                (Double) s.parameter("mu"), (Double) s.parameter("xi"), (Double) s.parameter("initialSkew"),
                (Double) s.parameter("call"), ((Number) s.parameter("seed")).longValue());
    }

    @Test
    void theMutualExclusionExampleShowsFourGrantsAsBars() throws Exception {
        Diagram d = DiagramReader.read(Path.of("examples", "mutual-exclusion.json"));
        assertEquals(4, d.annotations().bars().size());
    }
}
