package dev.spacetime.cli;

import dev.spacetime.sim.anomaly.AnomalyRun;
import dev.spacetime.sim.anomaly.AnomalyScenario;
import dev.spacetime.sim.anomaly.PhysicalRemedyParameters;
import dev.spacetime.sim.anomaly.Remedy;
import dev.spacetime.sim.mutex.MutexCheck;
import dev.spacetime.sim.mutex.MutexParameters;
import dev.spacetime.sim.mutex.MutexRun;
import dev.spacetime.sim.mutex.MutexSimulation;
import dev.spacetime.sim.mutex.Variant;
import dev.spacetime.sim.physical.PhysicalClocks;
import dev.spacetime.sim.physical.PhysicalParameters;
import dev.spacetime.sim.physical.PhysicalRun;
import dev.spacetime.sim.recipe.PhysicalAnomaly;
import dev.spacetime.sim.replica.ReplicaCheck;
import dev.spacetime.sim.replica.ReplicaParameters;
import dev.spacetime.sim.replica.ReplicaRun;
import dev.spacetime.sim.replica.ReplicaSimulation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code spacetime simulate mutex|replication|anomaly|physical [options] OUT.json}: the paper's algorithms as diagrams. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Run one of the paper's algorithms and save the execution as a diagram (its parameters kept in it).",
        subcommands = {SimulateCommand.Mutex.class, SimulateCommand.Replication.class, SimulateCommand.Anomaly.class, SimulateCommand.Physical.class})
final class SimulateCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "say which: mutex, replication, anomaly or physical");
    }

    /** Section 4: Lamport's distributed mutual exclusion. */
    @Command(name = "mutex", mixinStandardHelpOptions = true,
            description = "Lamport's mutual exclusion (section 4), checked against the paper's three conditions.")
    static final class Mutex implements Callable<Integer> {
        @Option(names = "--processes", defaultValue = "3", description = "Processes (default ${DEFAULT-VALUE}).")
        int processes;
        @Option(names = "--requests", defaultValue = "2", description = "Requests per process, at random times (default ${DEFAULT-VALUE}).")
        int requests;
        @Option(names = "--at", paramLabel = "P:T", split = ",",
                description = "A schedule instead: process P (1-based) asks at time T, e.g. --at 1:0,2:0,3:4.")
        List<String> schedule = List.of();
        @Option(names = "--horizon", defaultValue = "20", description = "Random requests fall within [0, horizon).")
        double horizon;
        @Option(names = "--delay", defaultValue = "1:4", paramLabel = "MIN:MAX", description = "Message delays (default ${DEFAULT-VALUE}).")
        String delay;
        @Option(names = "--hold", defaultValue = "2", description = "How long the resource is held (default ${DEFAULT-VALUE}).")
        double hold;
        @Option(names = "--skip-redundant-acks", description = "Do not acknowledge when a later-timestamped message was already sent (the paper's note).")
        boolean skipAcks;
        @Option(names = "--variant", defaultValue = "CORRECT", description = "CORRECT, NO_WAIT_FOR_ACKS or IGNORE_TIES.")
        Variant variant;
        @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
        long seed;
        @Parameters(paramLabel = "OUT", description = "The diagram to write.")
        Path out;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            MutexParameters params;
            try {
                String[] d = delay.split(":");
                List<MutexParameters.Request> at = schedule.stream().map(s -> {
                    String[] pt = s.split(":");
                    return new MutexParameters.Request(Integer.parseInt(pt[0].strip()) - 1, Double.parseDouble(pt[1].strip()));
                }).toList();
                params = new MutexParameters(processes, requests, at, horizon, Double.parseDouble(d[0]),
                        Double.parseDouble(d[d.length - 1]), hold, skipAcks, variant, seed);
            } catch (RuntimeException e) {
                return refuse(spec, "--delay is MIN:MAX and --at is P:T, P:T, … (" + e.getMessage() + ")");
            }
            if (params.problem() != null) {
                return refuse(spec, params.problem());
            }
            MutexRun run = MutexSimulation.run(params);
            Inputs.save(run.diagram(), out);
            MutexCheck.Verdict verdict = MutexCheck.check(run);
            PrintWriter w = spec.commandLine().getOut();
            w.println("wrote " + out + ": " + run.diagram().eventCount() + " events, " + run.diagram().messageCount()
                    + " messages, " + run.sections().size() + " grants");
            w.print(verdict.describe());
            w.println(verdict.holds() ? "The paper's three conditions hold." : verdict.headline() + ".");
            return 0;
        }
    }

    /** Section 4: a state machine replicated by the total order ⇒. */
    @Command(name = "replication", mixinStandardHelpOptions = true,
            description = "The state machine of section 4: a register x copied on every process, commands run in ⇒ order"
                    + " once stable; or run as they arrive (diverging), or with a process falling silent (stalling).")
    static final class Replication implements Callable<Integer> {
        @Option(names = "--processes", defaultValue = "3", description = "Processes, each with a copy of x (default ${DEFAULT-VALUE}).")
        int processes;
        @Option(names = "--commands", defaultValue = "2", description = "Commands each process issues, at random times (default ${DEFAULT-VALUE}).")
        int commands;
        @Option(names = "--horizon", defaultValue = "20", description = "Commands are issued within [0, horizon) (default ${DEFAULT-VALUE}).")
        double horizon;
        @Option(names = "--delay", defaultValue = "1:4", paramLabel = "MIN:MAX", description = "Message delays, FIFO channels (default ${DEFAULT-VALUE}).")
        String delay;
        @Option(names = "--variant", defaultValue = "STATE_MACHINE",
                description = "STATE_MACHINE (the paper's), ON_ARRIVAL (naive: run each command as it arrives) or "
                        + "SILENT_PROCESS (the last process falls silent).")
        dev.spacetime.sim.replica.Variant variant;
        @Option(names = "--silent-at", defaultValue = "8", paramLabel = "T",
                description = "With SILENT_PROCESS, when the last process stops sending (default ${DEFAULT-VALUE}).")
        double silentAt;
        @Option(names = "--seed", defaultValue = "1", description = "Random seed: the commands, their times, the delays (default ${DEFAULT-VALUE}).")
        long seed;
        @Parameters(paramLabel = "OUT", description = "The diagram to write.")
        Path out;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            ReplicaParameters params;
            try {
                String[] d = delay.split(":");
                params = new ReplicaParameters(processes, commands, horizon, Double.parseDouble(d[0]),
                        Double.parseDouble(d[d.length - 1]), variant, silentAt, seed);
            } catch (RuntimeException e) {
                return refuse(spec, "--delay is MIN:MAX (" + e.getMessage() + ")");
            }
            if (params.problem() != null) {
                return refuse(spec, params.problem());
            }
            ReplicaRun run = ReplicaSimulation.run(params);
            Inputs.save(run.diagram(), out);
            ReplicaCheck.Verdict verdict = ReplicaCheck.check(run);
            PrintWriter w = spec.commandLine().getOut();
            w.println("wrote " + out + ": " + run.diagram().eventCount() + " events, " + run.diagram().messageCount()
                    + " messages, " + run.commands().size() + " commands");
            w.print(verdict.describe());
            w.println(verdict.headline() + ".");
            return 0;
        }
    }

    /** Section 5: the anomalous telephone call; its second remedy on section 6's clocks. */
    @Command(name = "anomaly", mixinStandardHelpOptions = true,
            description = {"Section 5's anomaly: request A, a telephone call, request B ordered before A.",
                "With --remedy PHYSICAL_CLOCKS, computers A, B and S keep section 6's physical clocks (rates within"
                        + " 1 ± κ, resynchronised by IR1′ and IR2′ every τ over a network of diameter d), every event"
                        + " is stamped with its computer's clock (C_phys), and the run is held against the last result"
                        + " of section 6: anomalous behaviour is impossible when ε/(1 − κ) ≤ μ, μ being the shortest"
                        + " transmission time (the call included). A short call, fast-drifting clocks or uneven delays"
                        + " break the bound, and with the right seed the anomaly comes back.",
                "--kappa, --diameter, --tau, --mu, --xi, --initial-skew, --call and --seed set the physical clocks"
                        + " and go only with --remedy PHYSICAL_CLOCKS."})
    static final class Anomaly implements Callable<Integer> {
        /** The options that only the physical clocks remedy takes. */
        private static final List<String> CLOCK_OPTIONS = List.of("--kappa", "--diameter", "--tau", "--mu", "--xi",
                "--initial-skew", "--call", "--seed");
        @Option(names = "--work", defaultValue = "3", description = "Events on computer A before request A: its clock's lead (default ${DEFAULT-VALUE}).")
        int work;
        @Option(names = "--remedy", defaultValue = "NONE", description = "NONE, USER_TIMESTAMP or PHYSICAL_CLOCKS (default ${DEFAULT-VALUE}).")
        Remedy remedy;
        @Option(names = "--kappa", defaultValue = "0.001", description = "Clock rates within 1 ± κ (default ${DEFAULT-VALUE}).") double kappa;
        @Option(names = "--diameter", defaultValue = "2",
                description = "The network of A, B and S: 1 (each linked to each) or 2 (A and B through S) (default ${DEFAULT-VALUE}).") int diameter;
        @Option(names = "--tau", defaultValue = "1", description = "A message over every link every τ (default ${DEFAULT-VALUE}).") double tau;
        @Option(names = "--mu", defaultValue = "0.05", description = "The least delay μ of a message inside the system (default ${DEFAULT-VALUE}).") double mu;
        @Option(names = "--xi", defaultValue = "0.01", description = "The unpredictable part of a delay, up to ξ (default ${DEFAULT-VALUE}).") double xi;
        @Option(names = "--initial-skew", defaultValue = "2", description = "Clocks start up to this far apart (default ${DEFAULT-VALUE}).") double initialSkew;
        @Option(names = "--call", defaultValue = "0.2", description = "How long the telephone call takes (default ${DEFAULT-VALUE}).") double call;
        @Option(names = "--seed", defaultValue = "1", description = "Random seed: clock rates and starts, delays (default ${DEFAULT-VALUE}).") long seed;
        @Parameters(paramLabel = "OUT", description = "The diagram to write.")
        Path out;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (work < 1 || work > 1000) {
                return refuse(spec, "--work must be from 1 to 1000");
            }
            if (remedy != Remedy.PHYSICAL_CLOCKS) {
                for (String option : CLOCK_OPTIONS) {
                    if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                        return refuse(spec, option + " sets the physical clocks, which only --remedy PHYSICAL_CLOCKS uses");
                    }
                }
                AnomalyRun run = AnomalyScenario.run(work, remedy);
                Inputs.save(run.diagram(), out);
                spec.commandLine().getOut().println("wrote " + out + ": " + run.explanation());
                return 0;
            }
            PhysicalRemedyParameters q = new PhysicalRemedyParameters(work, kappa, diameter, tau, mu, xi, initialSkew,
                    call, seed);
            if (q.problem() != null) {
                return refuse(spec, q.problem());
            }
            AnomalyRun run;
            try {
                run = PhysicalAnomaly.run(q);
            } catch (IllegalArgumentException cannotRun) { // the clocks' own limits, such as a run too long to draw
                return refuse(spec, cannotRun.getMessage());
            }
            Inputs.save(run.diagram(), out);
            PrintWriter w = spec.commandLine().getOut();
            w.println("wrote " + out + ": " + run.diagram().eventCount() + " events");
            w.println(run.explanation());
            for (String warning : run.bound().warnings()) {
                w.println("warning: " + warning);
            }
            return 0;
        }
    }

    /** Section 6: physical clocks. */
    @Command(name = "physical", mixinStandardHelpOptions = true,
            description = "Physical clocks (section 6): IR1′ and IR2′ over a network, skew against ε ≈ d(2κτ + ξ).")
    static final class Physical implements Callable<Integer> {
        @Option(names = "--processes", defaultValue = "6", description = "Processes, 2 to 64 (default ${DEFAULT-VALUE}).")
        int processes;
        @Option(names = "--kappa", defaultValue = "0.01", description = "Clock rates within 1 ± κ (default ${DEFAULT-VALUE}).") double kappa;
        @Option(names = "--diameter", defaultValue = "3", description = "The network's diameter d (default ${DEFAULT-VALUE}).") int diameter;
        @Option(names = "--tau", defaultValue = "1", description = "A message over every arc every τ (default ${DEFAULT-VALUE}).") double tau;
        @Option(names = "--mu", defaultValue = "0.05", description = "The least delay μ (default ${DEFAULT-VALUE}).") double mu;
        @Option(names = "--xi", defaultValue = "0.02", description = "The unpredictable part of a delay, up to ξ (default ${DEFAULT-VALUE}).") double xi;
        @Option(names = "--duration", defaultValue = "40",
                description = "How long the run lasts, in the clocks' time units (default ${DEFAULT-VALUE}).") double duration;
        @Option(names = "--initial-skew", defaultValue = "2", description = "Clocks start up to this far apart (default ${DEFAULT-VALUE}).") double initialSkew;
        @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).") long seed;
        @Parameters(paramLabel = "OUT", description = "The diagram to write.")
        Path out;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PhysicalParameters p = new PhysicalParameters(processes, kappa, diameter, tau, mu, xi, duration, initialSkew, seed);
            if (p.problem() != null) {
                return refuse(spec, p.problem());
            }
            PhysicalRun run = PhysicalClocks.run(p);
            Inputs.save(run.diagram(), out);
            PrintWriter w = spec.commandLine().getOut();
            w.println("wrote " + out + ": " + run.diagram().eventCount() + " events");
            w.println(run.verdict());
            for (String warning : run.warnings()) {
                w.println("warning: " + warning);
            }
            return 0;
        }
    }

    static int refuse(CommandLine.Model.CommandSpec spec, String why) {
        spec.commandLine().getErr().println("spacetime simulate " + spec.name() + ": " + why);
        return Launcher.INVALID_INPUT;
    }
}
