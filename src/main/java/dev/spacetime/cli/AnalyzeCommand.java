package dev.spacetime.cli;

import dev.spacetime.causality.Analysis;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code analyze FILE}: clocks, the total order and the pair counts of one diagram. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse a diagram: events in the total order ⇒ with Lamport and vector clocks, "
                + "counts of concurrent pairs, false orderings and anomalies.")
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A Spacetime JSON file.")
    Path file;

    @Option(names = "--json", description = "Print JSON: {\"events\":[…], \"concurrent\":[[a,b],…]}.")
    boolean json;

    @Option(names = "--no-pairs", description = "Leave out the lists of pairs (for big diagrams).")
    boolean noPairs;

    @Option(names = "--pair-limit", paramLabel = "N", defaultValue = "20",
            description = "In the readable output, list at most N pairs of each kind (default ${DEFAULT-VALUE}).")
    int pairLimit;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Inputs.Loaded loaded = Inputs.load(file);
        if (loaded.diagram() == null) {
            spec.commandLine().getErr().println(loaded.problems());
            return Launcher.INVALID_INPUT;
        }
        if (loaded.warning() != null) {
            spec.commandLine().getErr().println(loaded.warning());
        }
        Analysis analysis = Analysis.of(loaded.diagram());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            AnalysisJson.write(analysis, !noPairs, out);
        } else {
            AnalysisText.write(analysis, !noPairs, Math.max(0, pairLimit), out);
        }
        return 0;
    }
}
