package dev.spacetime.cli;

import dev.spacetime.model.Diagram;
import dev.spacetime.sim.RandomExecution;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code generate}: a random valid diagram for tests and benchmarks, the same for the same seed. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a random valid diagram: a simulated execution where every message is "
                + "received after it is sent. The same options give the same file.")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--processes", required = true, paramLabel = "N", description = "Number of processes.")
    int processes;

    @Option(names = "--events", required = true, paramLabel = "M", description = "Total number of events.")
    int events;

    @Option(names = "--messages", required = true, paramLabel = "K", description = "Number of messages.")
    int messages;

    @Option(names = "--external", defaultValue = "0", paramLabel = "E",
            description = "How many of the messages are external (default ${DEFAULT-VALUE}).")
    int external;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Parameters(paramLabel = "OUT", description = "The file to write: a diagram (.json) or a ShiViz log (.log, .txt).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        RandomExecution.Parameters params = new RandomExecution.Parameters(processes, events, messages, external, seed);
        String problem = params.problem();
        if (problem != null) {
            spec.commandLine().getErr().println("spacetime generate: " + problem);
            return Launcher.INVALID_INPUT;
        }
        Diagram diagram = RandomExecution.generate(params);
        Inputs.save(diagram, out);
        spec.commandLine().getOut().println("wrote " + out + ": " + diagram.processCount() + " processes, "
                + diagram.eventCount() + " events, " + diagram.messageCount() + " messages");
        return 0;
    }
}
