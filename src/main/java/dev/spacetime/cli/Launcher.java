package dev.spacetime.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The entry point of {@code java -jar spacetime.jar}: headless commands over the same core as the app.
 * It does not extend {@code Application}, so the fat jar starts without JavaFX on the module path.
 */
@Command(name = "spacetime", mixinStandardHelpOptions = true, version = "Spacetime 0.1",
        description = "Space-time diagrams after Lamport, \"Time, Clocks, and the Ordering of Events in a "
                + "Distributed System\" (1978).")
public final class Launcher implements Runnable {
    /**
     * The subcommands by name, in the order help lists them. Only the one a command line names is built:
     * picocli builds each by reflection, options, nested commands and all, which cost every command a
     * good share of its start when all eight were built.
     */
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("check", CheckCommand::new);
        COMMANDS.put("analyze", AnalyzeCommand::new);
        COMMANDS.put("generate", GenerateCommand::new);
        COMMANDS.put("convert", ConvertCommand::new);
        COMMANDS.put("render", RenderCommand::new);
        COMMANDS.put("simulate", SimulateCommand::new);
        COMMANDS.put("exercise", ExerciseCommand::new);
        COMMANDS.put("help", CommandLine.HelpCommand::new);
    }

    /** Exit code for input that is malformed or breaks the paper's rules. */
    static final int INVALID_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // The command line shows no window: its pictures are painted in memory, so Java2D need not look
        // for a display (nor, on a desktop, connect to one) before the first pixel.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
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
        CommandLine cli = commandLine(args);
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

    /**
     * The command line for these arguments: with only the subcommand they name when they start with
     * one (its own --help needs no other), else with every one, for the usage, help and a misspelt name's
     * suggestions.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cli = new CommandLine(new Launcher());
        Supplier<Object> named = args.length > 0 && !args[0].equals("help") ? COMMANDS.get(args[0]) : null;
        if (named != null) {
            cli.addSubcommand(args[0], named.get());
        } else {
            COMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
        }
        return cli;
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
