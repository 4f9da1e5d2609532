package dev.spacetime.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The entry point of {@code java -jar spacetime.jar}: headless commands over the same core as the app.
 * It does not extend {@code Application}, so the fat jar starts without JavaFX on the module path.
 */
@Command(name = "spacetime", mixinStandardHelpOptions = true, version = "Spacetime 0.1",
        description = "Space-time diagrams after Lamport, \"Time, Clocks, and the Ordering of Events in a "
                + "Distributed System\" (1978).",
        subcommands = {CheckCommand.class, AnalyzeCommand.class, GenerateCommand.class, ConvertCommand.class,
                RenderCommand.class, SimulateCommand.class, ExerciseCommand.class,
                CommandLine.HelpCommand.class})
public final class Launcher implements Runnable {
    /** Exit code for input that is malformed or breaks the paper's rules. */
    static final int INVALID_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8),
                1 << 16));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs a command line and returns its exit code; the streams are for tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Launcher());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // A user sees one sentence, never a stack trace.
            commandLine.getErr().println("spacetime: " + describe(ex));
            return 1;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("spacetime: not enough memory for this diagram; give Java more, e.g. java -Xmx4g -jar "
                    + "spacetime.jar …");
            err.flush();
            return 1;
        }
    }

    private static String describe(Exception ex) {
        String message = ex.getMessage();
        return message == null || message.isBlank() ? "unexpected error (" + ex.getClass().getSimpleName() + ")"
                : message;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
