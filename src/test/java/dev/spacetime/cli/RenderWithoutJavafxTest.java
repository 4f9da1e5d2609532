package dev.spacetime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code render} of a PNG where JavaFX cannot start: one sentence saying so and what to do instead, an
 * exit code, no stack trace and no picture; never a wait without end. Each case runs the command line
 * in a JVM of its own, since a JVM starts JavaFX only once.
 */
class RenderWithoutJavafxTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"-Dglass.platform=Nope", "-Dprism.order=nope"})
    void aToolkitThatCannotStartIsOneSentenceAndAnExitCode(String setting) throws Exception {
        Path png = dir.resolve("f.png");
        Path said = dir.resolve("said.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, setting, "-Dspacetime.javafx.start.seconds=20",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "render",
                "examples/lamport-figure1.json", png.toString()))
                .redirectErrorStream(true).redirectOutput(said.toFile()).start();
        boolean ended = child.waitFor(90, TimeUnit.SECONDS);
        if (!ended) {
            child.destroyForcibly();
        }
        String text = read(said);
        assertTrue(ended, "render ended: " + text);
        assertEquals(1, child.exitValue(), text);
        assertTrue(text.contains("spacetime: JavaFX's headless renderer could not start"), text);
        assertTrue(text.contains("no PNG was drawn; SVG and TikZ pictures need no JavaFX"), text);
        assertFalse(text.contains("\tat "), "no stack trace: " + text);
        assertFalse(Files.exists(png));
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
