package dev.spacetime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The launcher builds only the subcommand a command line names, and every one when it names none. */
class LauncherTest {
    private static final List<String> ALL = List.of("check", "analyze", "generate", "convert", "render", "simulate",
            "exercise", "help");

    @Test
    void aNamedSubcommandIsBuiltAlone() {
        for (String name : ALL.subList(0, ALL.size() - 1)) {
            CommandLine cli = Launcher.commandLine(new String[] {name, "--help"});
            assertEquals(List.of(name), List.copyOf(cli.getSubcommands().keySet()));
            // The name it is filed under is the name its own annotation gives it, which its help prints.
            assertEquals(name, cli.getSubcommands().get(name).getCommandSpec().name());
        }
    }

    @Test
    void withNoSubcommandNamedEveryOneIsBuiltInHelpsOrder() {
        for (String[] args : List.of(new String[0], new String[] {"--help"}, new String[] {"help", "render"},
                new String[] {"rendr"})) {
            assertEquals(ALL, List.copyOf(Launcher.commandLine(args).getSubcommands().keySet()));
        }
    }

    @Test
    void helpOfAndAMisspeltNameStillWork() {
        CliRun help = CliRun.of("help", "render");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--size"), help.out());
        CliRun misspelt = CliRun.of("rendr", "a.json", "b.png");
        assertTrue(misspelt.err().contains("render"), misspelt.err());
    }
}
