package dev.spacetime.app.files;

import dev.spacetime.io.DiagramLoadException;
import dev.spacetime.io.DiagramReader;
import dev.spacetime.io.shiviz.ShivizFiles;
import dev.spacetime.model.Diagram;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The diagram the app opens with: the file named on the command line, or the paper's Figure 1. */
public final class InitialDiagram {
    static final Path DEFAULT = Path.of("examples", "lamport-figure1.json");

    /** A loaded diagram, or the loader's message when the file could not be loaded. */
    public record Result(Path file, Diagram diagram, String problem) {
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
                return new Result(null, ShivizFiles.importExecution(file, 0), null);
            }
            return new Result(file, DiagramReader.read(file), null);
        } catch (DiagramLoadException e) {
            return new Result(file, null, e.getMessage());
        }
    }
}
