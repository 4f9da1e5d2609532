package dev.spacetime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render} and {@code exercise} paint their PNGs without JavaFX: run in a JVM of their own whose
 * class path holds no JavaFX at all, they still write pictures with ink in them, and no JavaFX class
 * is loaded on the way.
 */
class RenderWithoutJavafxTest {
    @TempDir
    Path dir;

    @Test
    void renderPaintsAPngWithNoJavaFxOnTheClassPath() throws Exception {
        Path png = dir.resolve("f.png");
        String said = run("render", "examples/lamport-figure1.json", png.toString());
        assertTrue(said.contains("wrote " + png), said);
        assertTrue(dark(ImageIO.read(png.toFile())) > 2000, "the picture has its lines, dots and labels");
        assertFalse(said.contains("javafx"), "no JavaFX class loaded: " + said);
    }

    @Test
    void renderOfAWindowWithItsKeyPaintsWithNoJavaFxOnTheClassPath() throws Exception {
        Path png = dir.resolve("w.png");
        String said = run("render", "--size", "1280x800", "--legend", "--caption", "--step", "5",
                "examples/govector-client-server.log", png.toString());
        assertEquals(1280, ImageIO.read(png.toFile()).getWidth(), said);
        assertFalse(said.contains("javafx"), said);
    }

    @Test
    void anExerciseWorksheetPaintsWithNoJavaFxOnTheClassPath() throws Exception {
        Path png = dir.resolve("sheet.png");
        String said = run("exercise", "--kind", "lamport", "--seed", "3", png.toString());
        assertTrue(dark(ImageIO.read(png.toFile())) > 2000, said);
        assertTrue(dark(ImageIO.read(dir.resolve("sheet-key.png").toFile())) > 2000, said);
        assertFalse(said.contains("javafx"), said);
    }

    /**
     * Runs the command line with JavaFX and Monocle taken off the class path, listing every class it
     * loads from a JavaFX package; returns what it printed, after checking it ended well.
     */
    private String run(String... args) throws Exception {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("javafx") && !entry.contains("openjfx") && !entry.contains("monocle"))
                .collect(Collectors.joining(File.pathSeparator));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xlog:class+load=info:stdout:uptime",
                "-cp", classPath, Launcher.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("said.txt");
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        boolean ended = child.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            child.destroyForcibly();
        }
        String said = Files.readString(out, StandardCharsets.UTF_8).lines()
                .filter(line -> !line.contains("class,load") || line.contains("javafx"))
                .collect(Collectors.joining("\n"));
        assertTrue(ended, "ended: " + said);
        assertEquals(0, child.exitValue(), said);
        return said;
    }

    /** How many pixels are dark. */
    private static int dark(BufferedImage image) throws IOException {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                n += ((p >> 16 & 0xff) + (p >> 8 & 0xff) + (p & 0xff)) < 200 ? 1 : 0;
            }
        }
        return n;
    }
}
