package dev.spacetime.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.drawing.ClockLabels;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.TimeMode;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.SetEventLabel;
import dev.spacetime.model.SetMessageLabel;
import dev.spacetime.step.Linearization;
import dev.spacetime.testing.Diagrams;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TikZ output compiles with pdflatex, special characters and all. Runs where pdflatex is
 * installed (CI installs texlive-latex-base and texlive-pictures); skipped, saying so, elsewhere.
 */
class TikzCompileTest {
    @TempDir
    Path dir;

    @Test
    void theTikzPictureCompiles() throws Exception {
        assumeTrue(onPath("pdflatex"), "pdflatex is not installed: TikZ compilation not checked here");
        Diagram d = Diagrams.figure1();
        new SetEventLabel("p1", "50% & $5 #1 a_b {x} ~ ^ → ‖ \\end").applyTo(d);
        new SetMessageLabel("p1", "q2", "Tm = 1 < 2").applyTo(d);
        PictureSettings settings = new PictureSettings(Orientation.TIME_RIGHT, TimeMode.LOGICAL, true, ClockLabels.VECTOR,
                List.of("p1", "r4"), 6, Linearization.Kind.TOTAL_ORDER);
        Path tex = dir.resolve("figure.tex");
        Files.writeString(tex, TikzPainter.paint(settings.drawing(Analysis.of(d))));
        Process latex = new ProcessBuilder("pdflatex", "-interaction=nonstopmode", "-halt-on-error", "figure.tex")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertTrue(latex.waitFor(120, TimeUnit.SECONDS), "pdflatex finished");
        assertEquals(0, latex.exitValue(), () -> tail(dir.resolve("out.txt")));
        assertTrue(Files.size(dir.resolve("figure.pdf")) > 1000);
    }

    private static boolean onPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 25), lines.size()));
        } catch (Exception e) {
            return "no log";
        }
    }
}
