package dev.spacetime.drawing;

import dev.spacetime.io.DiagramReader;
import dev.spacetime.io.shiviz.ShivizFiles;
import dev.spacetime.model.Diagram;
import dev.spacetime.sim.RandomExecution;
import dev.spacetime.sim.anomaly.AnomalyScenario;
import dev.spacetime.sim.anomaly.Remedy;
import dev.spacetime.sim.mutex.MutexParameters;
import dev.spacetime.sim.mutex.MutexSimulation;
import dev.spacetime.sim.physical.PhysicalClocks;
import dev.spacetime.sim.physical.PhysicalParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The diagrams a legibility check goes over: every example, the simulations as a class runs them
 * (mutual exclusion at 3–6 processes, physical clocks, the anomaly with each remedy) and random
 * executions of 5–200 events.
 */
final class LegibilityCorpus {
    private LegibilityCorpus() {
    }

    static Map<String, Diagram> all() {
        Map<String, Diagram> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            for (Path f : files.sorted().toList()) {
                out.put(f.getFileName().toString(),
                        ShivizFiles.isLog(f) ? ShivizFiles.importExecution(f, 0) : DiagramReader.read(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (dev.spacetime.io.DiagramLoadException e) {
            throw new IllegalStateException(e);
        }
        MutexParameters mutex = MutexParameters.defaults();
        for (int n = 3; n <= 6; n++) {
            out.put("mutex " + n, MutexSimulation.run(new MutexParameters(n, mutex.requestsPerProcess(), mutex.schedule(),
                    mutex.horizon(), mutex.minDelay(), mutex.maxDelay(), mutex.hold(), mutex.skipRedundantAcks(),
                    mutex.variant(), mutex.seed())).diagram());
        }
        out.put("physical", PhysicalClocks.run(PhysicalParameters.defaults()).diagram());
        out.put("anomaly " + Remedy.PHYSICAL_CLOCKS, dev.spacetime.sim.recipe.PhysicalAnomaly.run(
                dev.spacetime.sim.anomaly.PhysicalRemedyParameters.defaults()).diagram());
        for (Remedy r : java.util.List.of(Remedy.NONE, Remedy.USER_TIMESTAMP)) {
            out.put("anomaly " + r, AnomalyScenario.run(3, r).diagram());
        }
        int[][] sizes = {{2, 5, 2}, {3, 10, 3}, {3, 20, 6}, {4, 40, 12}, {5, 60, 18}, {4, 100, 30}, {6, 150, 45},
            {5, 200, 60}};
        long seed = 1;
        for (int[] s : sizes) {
            out.put("random " + s[1], RandomExecution.generate(new RandomExecution.Parameters(s[0], s[1], s[2], 0, seed++)));
        }
        return out;
    }
}
