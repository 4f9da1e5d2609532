package dev.spacetime.app.files;

import dev.spacetime.io.DiagramLoadException;
import dev.spacetime.io.DiagramReader;
import dev.spacetime.io.shiviz.ShivizFiles;
import dev.spacetime.io.shiviz.ShivizLog;
import dev.spacetime.io.shiviz.SkippedText;
import dev.spacetime.model.Diagram;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The diagram the app opens with: the file named on the command line, or the paper's Figure 1. */
public final class InitialDiagram {
    static final Path DEFAULT = Path.of("examples", "lamport-figure1.json");

    /**
     * A loaded diagram, or the loader's message when the file could not be loaded; {@code warning} is a
     * line about what was skipped in a log, or null.
     */
    public record Result(Path file, Diagram diagram, String problem, String warning) {
    }

    private InitialDiagram() {
    }

    /** The file named on the command line when it is big enough to be opened in the background, else null. */
    public static Path big(List<String> arguments) {
        if (arguments.isEmpty()) {
            return null;
        }
        Path file = Path.of(arguments.get(0));
        try {
            return Files.size(file) >= BackgroundOpen.FROM_BYTES ? file : null;
        } catch (IOException e) {
            return null; // loading it will say why not
        }
    }

    public static Result load(List<String> arguments) {
        Path file = arguments.isEmpty() ? DEFAULT : Path.of(arguments.get(0));
        try {
            if (ShivizFiles.isLog(file)) {
                ShivizLog log = ShivizFiles.read(file);
                Diagram d = ShivizFiles.importExecution(file, log, 0);
                SkippedText skipped = log.executions().get(0).skipped();
                return new Result(null, d, null, skipped.isEmpty() ? null : skipped.summary());
            }
            return new Result(file, DiagramReader.read(file), null, null);
        } catch (DiagramLoadException e) {
            return new Result(file, null, e.getMessage(), null);
        }
    }
}
