package dev.spacetime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A TikZ worksheet and its key compile with pdflatex, one exercise a page, for the largest difficulty
 * and every kind's symbols (→, ‖, ⇒, ·). Runs where pdflatex is installed; skipped, saying so, elsewhere.
 */
class WorksheetCompileTest {
    @TempDir
    Path dir;

    @Test
    void theWorksheetAndItsKeyCompileAnExerciseAPage() throws Exception {
        assumeTrue(onPath("pdflatex"), "pdflatex is not installed: worksheets not compiled here");
        for (String kind : List.of("cone", "linearization")) {
            assertEquals(0, CliRun.of("exercise", "--kind", kind, "--seed", "21", "--processes", "5", "--events", "30",
                    "--messages", "12", "--multicasts", "--external", "--count", "2",
                    dir.resolve(kind + ".tex").toString()).code());
            assertEquals(2, pages(kind), kind + ": two exercises, two pages");
            assertTrue(pages(kind + "-key") >= 2, kind + "'s key");
        }
    }

    /** Compiles NAME.tex and returns its page count, from pdflatex's own report. */
    private int pages(String name) throws Exception {
        Path log = dir.resolve(name + ".out");
        Process latex = new ProcessBuilder("pdflatex", "-interaction=nonstopmode", "-halt-on-error", name + ".tex")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(latex.waitFor(120, TimeUnit.SECONDS), "pdflatex finished");
        String out = Files.readString(log);
        assertEquals(0, latex.exitValue(), out.substring(Math.max(0, out.length() - 2000)));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Output written on \\S+ \\((\\d+) pages?").matcher(out);
        assertTrue(m.find(), out);
        return Integer.parseInt(m.group(1));
    }

    private static boolean onPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }
}
