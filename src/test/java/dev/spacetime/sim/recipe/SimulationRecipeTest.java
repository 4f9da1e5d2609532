package dev.spacetime.sim.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.io.DiagramReader;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.SimulationSettings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Running a simulation again from a diagram's settings, and the sentence when it cannot be. */
class SimulationRecipeTest {
    @Test
    void aDiagramNotMadeByASimulationCannotBeRunAgain() throws Exception {
        Diagram figure = DiagramReader.read(Path.of("examples", "lamport-figure1.json"));
        assertEquals("the diagram does not say which simulation made it, so it cannot be run again",
                assertThrows(IllegalArgumentException.class, () -> SimulationRecipe.rerun(figure)).getMessage());
    }

    @Test
    void missingOrMisshapenSettingsAreNamed() {
        assertEquals("there is no simulation \"weather\" to run again", assertThrows(IllegalArgumentException.class,
                () -> SimulationRecipe.rerun(new SimulationSettings("weather", Map.of()))).getMessage());
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("processes", 3L);
        assertEquals("the physical simulation's \"kappa\" is missing; it must be a number",
                assertThrows(IllegalArgumentException.class,
                        () -> SimulationRecipe.rerun(new SimulationSettings("physical", physical))).getMessage());
        Map<String, Object> anomaly = Map.of("workOnA", 2L, "remedy", "PRAYER");
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SimulationRecipe.rerun(new SimulationSettings("anomaly", anomaly))).getMessage()
                .startsWith("the anomaly simulation's \"remedy\" is PRAYER, not one of NONE, "));
    }

    @Test
    void aSecondRemedyRunSavedBeforeItRanOnSectionSixsClocksNamesWhatItLacks() {
        // Such a file kept only the work and the remedy: its clocks were made up, so there is nothing to run again.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SimulationRecipe.rerun(
                new SimulationSettings("anomaly", Map.of("workOnA", 3L, "remedy", "PHYSICAL_CLOCKS"))));
        assertEquals("this run of the second remedy was saved before the remedy ran on section 6's physical clocks, "
                + "so it has none of their settings (κ, τ, μ, ξ, …) to run again with; make it afresh with "
                + "Simulate → Anomalous behaviour", e.getMessage());
    }

    @Test
    void aCountMustBeAWholeNumberThatFitsNotOneCutToFit() {
        assertEquals("the anomaly simulation's \"workOnA\" is 2.9, not a whole number; it must be a whole number",
                assertThrows(IllegalArgumentException.class, () -> SimulationRecipe.rerun(
                        new SimulationSettings("anomaly", Map.of("workOnA", 2.9, "remedy", "NONE")))).getMessage());
        // 2^32 + 3 would wrap round to 3, which the simulation would happily run.
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SimulationRecipe.rerun(
                new SimulationSettings("anomaly", Map.of("workOnA", 4_294_967_299L, "remedy", "NONE")))).getMessage()
                .startsWith("the anomaly simulation's \"workOnA\" is 4294967299, not a whole number from "));
        assertTrue(SimulationRecipe.rerun(new SimulationSettings("anomaly", Map.of("workOnA", 3.0, "remedy", "NONE")))
                .eventCount() > 0, "3.0 is the whole number 3");
    }

    @Test
    void aReplicationRunNamesWhatItsSettingsLack() throws Exception {
        Map<String, Object> settings = new LinkedHashMap<>(DiagramReader.read(Path.of("examples", "replicated-register.json"))
                .annotations().simulation().parameters());
        settings.remove("silentAt");
        assertEquals("the replication simulation's \"silentAt\" is missing; it must be a number",
                assertThrows(IllegalArgumentException.class,
                        () -> SimulationRecipe.rerun(new SimulationSettings("replication", settings))).getMessage());
        settings.put("silentAt", 8.0);
        settings.put("variant", "CONSENSUS");
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SimulationRecipe.rerun(new SimulationSettings("replication", settings))).getMessage()
                .startsWith("the replication simulation's \"variant\" is CONSENSUS, not one of STATE_MACHINE, "));
    }

    @Test
    void aSimulatedExampleRunsAgainToTheSameDiagram() throws Exception {
        Diagram file = DiagramReader.read(Path.of("examples", "anomalous-telephone.json"));
        assertTrue(SimulationRecipe.rerun(file).sameContent(file));
    }
}
