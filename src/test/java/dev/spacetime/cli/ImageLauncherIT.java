package dev.spacetime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application image's command-line launcher, started as a student would start it, with no display:
 * it renders Figure 1 and the picture must match the golden one, so a broken runtime (a module left
 * out, Monocle not reachable, fonts or natives missing) fails the build instead of a class. Runs in
 * {@code mvn -Pdist verify} after the image is built (the pom hands in the launcher's path); skipped,
 * saying so, when there is no image.
 */
class ImageLauncherIT {
    @TempDir
    Path dir;

    @Test
    void theImageRendersFigure1() throws Exception {
        String launcher = System.getProperty("spacetime.cli");
        boolean there = launcher != null && Files.isExecutable(Path.of(launcher));
        if (!there) {
            String why = "skipped: no application image" + (launcher == null ? "" : " at " + launcher)
                    + "; mvn -Pdist verify builds it";
            System.out.println("ImageLauncherIT " + why);
            Assumptions.abort(why);
        }
        Path png = dir.resolve("f.png");
        ProcessBuilder start = new ProcessBuilder(launcher, "render", "examples/lamport-figure1.json", png.toString())
                .redirectErrorStream(true);
        start.environment().remove("DISPLAY"); // headless, as on a build server
        start.environment().remove("JAVA_TOOL_OPTIONS");
        Process process = start.start();
        boolean ended = process.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ended, "the launcher ended within two minutes: " + output);
        assertEquals(0, process.exitValue(), output);
        assertEquals("wrote " + png, output.strip(), "it says what it wrote and nothing else (no JVM warning)");
        BufferedImage picture = ImageIO.read(png.toFile());
        BufferedImage golden = ImageIO.read(Path.of("src/test/resources/golden/lamport-figure1.png").toFile());
        assertTrue(PictureDifference.fraction(picture, golden) < 0.002, "fewer than 0.2% of the pixels differ");
    }
}
