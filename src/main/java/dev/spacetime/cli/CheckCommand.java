package dev.spacetime.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code check FILE…}: validates diagram files and prints "ok" or every problem of each. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate diagram files: prints 'ok' for each valid file, or all of its problems. "
                + "A log's text that its expression does not match is skipped, with a warning. "
                + "Exits 0 when every file is valid, 2 otherwise.")
final class CheckCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Spacetime JSON diagrams or ShiViz logs (.log, .txt, .shiviz).")
    List<Path> files;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        boolean allValid = true;
        for (Path file : files) {
            Inputs.Loaded loaded = Inputs.load(file);
            if (loaded.diagram() != null) {
                spec.commandLine().getOut().println(file + ": ok");
                if (loaded.warning() != null) {
                    spec.commandLine().getOut().println(loaded.warning());
                }
            } else {
                spec.commandLine().getOut().println(loaded.problems());
                allValid = false;
            }
        }
        spec.commandLine().getOut().flush();
        return allValid ? 0 : Launcher.INVALID_INPUT;
    }
}
