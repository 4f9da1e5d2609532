package dev.spacetime.cli;

import dev.spacetime.io.shiviz.LogLosses;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code spacetime convert IN OUT}: between Spacetime diagrams (.json) and ShiViz logs (.log, .txt). */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert between a Spacetime diagram (.json) and a ShiViz log (.log, .txt, .shiviz).",
                "The output's format follows its name. A log's messages come from its vector clocks; a diagram's",
                "external messages are left out of a log, since vector clocks do not see them; what else a log",
                "cannot hold (processes with no events, ids, times, message labels) is listed when written."})
final class ConvertCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "IN", description = "The diagram or log to read.")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "The file to write.")
    Path out;

    @Option(names = "--execution", defaultValue = "1", paramLabel = "N",
            description = "Which execution of a log with several to read (default ${DEFAULT-VALUE}).")
    int execution;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Inputs.Loaded loaded = Inputs.load(in, execution - 1);
        if (loaded.diagram() == null) {
            spec.commandLine().getErr().println(loaded.problems());
            return Launcher.INVALID_INPUT;
        }
        if (loaded.warning() != null) {
            spec.commandLine().getErr().println(loaded.warning());
        }
        Inputs.save(loaded.diagram(), out);
        var d = loaded.diagram();
        String name = String.valueOf(out.getFileName()).toLowerCase();
        boolean log = name.endsWith(".log") || name.endsWith(".txt") || name.endsWith(".shiviz");
        java.util.List<String> lost = log ? LogLosses.of(d) : java.util.List.of();
        long external = java.util.stream.IntStream.range(0, d.messageCount()).filter(k -> d.isExternal(d.message(k))).count();
        long empty = java.util.stream.IntStream.range(0, d.processCount()).filter(p -> d.eventCount(p) == 0).count();
        spec.commandLine().getOut().println("wrote " + out + ": " + (d.processCount() - (log ? empty : 0))
                + " processes, " + d.eventCount() + " events, " + (d.messageCount() - (log ? external + LogLosses.implied(d) : 0)) + " messages"
                + (lost.isEmpty() ? "" : "; a log cannot hold everything:"));
        for (String what : lost) {
            spec.commandLine().getOut().println("  " + what);
        }
        return 0;
    }
}
