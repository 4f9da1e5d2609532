package dev.spacetime.cli;

import dev.spacetime.io.DiagramFiles;
import dev.spacetime.io.DiagramLoadException;
import dev.spacetime.io.DiagramReader;
import dev.spacetime.io.shiviz.ShivizFiles;
import dev.spacetime.io.shiviz.ShivizLog;
import dev.spacetime.io.shiviz.SkippedText;
import dev.spacetime.model.Diagram;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Loading and saving diagrams for the commands, with problems as text for the terminal. A file is a
 * Spacetime diagram (JSON) or a ShiViz log, told apart by its name or, failing that, its first bytes.
 */
final class Inputs {
    /**
     * A diagram, or the problems that kept it from loading; {@code warning} says what was passed over on
     * the way (text of a log its expression does not match), or is null.
     */
    record Loaded(Diagram diagram, String problems, String warning) {
    }

    private Inputs() {
    }

    static Loaded load(Path file) {
        return load(file, 0);
    }

    /** Loads a diagram, or for a log the given execution (0 = the first). */
    static Loaded load(Path file, int execution) {
        try {
            if (!ShivizFiles.isLog(file)) {
                return new Loaded(DiagramReader.read(file), null, null);
            }
            ShivizLog log = ShivizFiles.read(file);
            Diagram d = ShivizFiles.importExecution(file, log, execution);
            SkippedText skipped = log.executions().get(execution).skipped();
            return new Loaded(d, null, skipped.isEmpty() ? null : skipped.warning(String.valueOf(file)));
        } catch (DiagramLoadException e) {
            return new Loaded(null, e.getMessage(), null);
        }
    }

    /** Saves as a ShiViz log when the name says so (.log, .txt, .shiviz), otherwise as a diagram. */
    static void save(Diagram diagram, Path file) throws IOException {
        String name = String.valueOf(file.getFileName()).toLowerCase();
        if (name.endsWith(".log") || name.endsWith(".txt") || name.endsWith(".shiviz")) {
            ShivizFiles.write(diagram, file);
        } else {
            DiagramFiles.save(diagram, file);
        }
    }
}
