package dev.spacetime.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** A command line run in the test's JVM: its exit code and what it printed to each stream. */
record CliRun(int code, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Launcher.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }
}
