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
                "replicated-register.json", "replicas-diverge.json"}) {
            Diagram file = DiagramReader.read(Path.of("examples", name));
            assertTrue(SimulationRecipe.rerun(file).sameContent(file), name + " is out of date: run simulate again");
        }
    }

    @Test
    void theMutualExclusionExampleShowsFourGrantsAsBars() throws Exception {
        Diagram d = DiagramReader.read(Path.of("examples", "mutual-exclusion.json"));
        assertEquals(4, d.annotations().bars().size());
    }
}
