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
import java.util.concurrent.CompletableFuture;

/** The diagram the app opens with: the file named on the command line, or the paper's Figure 1. */
public final class InitialDiagram {
    /** Figure 1 among the examples: the image's own copy (its launchers name the folder), else ./examples. */
    static final Path DEFAULT = Path.of(System.getProperty("spacetime.examples", "examples"), "lamport-figure1.json");

    // The first diagram, read beside JavaFX's start-up (see startEarly), and the arguments it was read for.
    private static volatile CompletableFuture<Result> early;
    private static volatile List<String> earlyFor;

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

    /** The file named on the command line when it is an exercise, opened in Practice once the window is up; else null. */
    public static Path exercise(List<String> arguments) {
        return arguments.isEmpty() || !ExerciseFile.isExercise(Path.of(arguments.get(0))) ? null
                : Path.of(arguments.get(0));
    }

    /**
     * Starts reading the diagram the window will open, on a thread of its own, so that it is read while
     * JavaFX starts rather than after; a big file is begun the same way and handed to the background
     * opening once the window is up (see {@link HeadStart}).
     */
    public static void startEarly(List<String> arguments) {
        if (exercise(arguments) != null) {
            return;
        }
        Path big = big(arguments);
        if (big != null) {
            HeadStart.begin(big);
        } else {
            earlyFor = List.copyOf(arguments);
            early = CompletableFuture.supplyAsync(() -> read(arguments));
        }
    }

    public static Result load(List<String> arguments) {
        CompletableFuture<Result> started = early;
        early = null;
        if (started != null && arguments.equals(earlyFor)) {
            return started.join();
        }
        return read(arguments);
    }

    private static Result read(List<String> arguments) {
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
