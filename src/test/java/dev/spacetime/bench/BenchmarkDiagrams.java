package dev.spacetime.bench;

import dev.spacetime.io.DiagramFiles;
import dev.spacetime.model.Diagram;
import dev.spacetime.sim.RandomExecution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The generated diagrams the benchmarks run on: 64 processes, 4 messages for every 10 events. */
final class BenchmarkDiagrams {
    static final int PROCESSES = 64;

    private BenchmarkDiagrams() {
    }

    static Diagram generate(int events) {
        return RandomExecution.generate(new RandomExecution.Parameters(PROCESSES, events, events / 10 * 4, 0, 42));
    }

    /** The diagram written to a temporary file, as a user would open it. */
    static Path file(int events) throws IOException {
        Path dir = Files.createTempDirectory("spacetime-bench");
        Path file = dir.resolve("generated-" + events + ".json");
        DiagramFiles.save(generate(events), file);
        file.toFile().deleteOnExit();
        dir.toFile().deleteOnExit();
        return file;
    }
}
