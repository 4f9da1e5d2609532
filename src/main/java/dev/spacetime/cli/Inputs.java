package dev.spacetime.cli;

import dev.spacetime.io.DiagramFiles;
import dev.spacetime.io.DiagramLoadException;
import dev.spacetime.io.DiagramReader;
import dev.spacetime.model.Diagram;
import java.io.IOException;
import java.nio.file.Path;

/** Loading and saving diagram files for the commands, with problems as text for the terminal. */
final class Inputs {
    /** A diagram, or the problems that kept it from loading. */
    record Loaded(Diagram diagram, String problems) {
    }

    private Inputs() {
    }

    static Loaded load(Path file) {
        try {
            return new Loaded(DiagramReader.read(file), null);
        } catch (DiagramLoadException e) {
            return new Loaded(null, e.getMessage());
        }
    }

    static void save(Diagram diagram, Path file) throws IOException {
        DiagramFiles.save(diagram, file);
    }
}
