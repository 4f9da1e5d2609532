package dev.spacetime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's pictures are what {@code render} makes of the examples today: an example changed and
 * its picture not made again fails here. Compares rendered pixels, not file dates. To make them again:
 * {@code for f in examples/*.json examples/*.log; do b=$(basename "${f%.*}"); java -jar target/spacetime.jar render "$f" "assets/$b.png"; done}
 */
class AssetsTest {
    @TempDir
    Path dir;

    @Test
    void everyExampleHasAnUpToDatePicture() throws Exception {
        List<Path> examples;
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            examples = files.filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".log")).sorted().toList();
        }
        assertTrue(examples.size() >= 6);
        for (Path example : examples) {
            String name = example.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            Path asset = Path.of("assets", name + ".png");
            assertTrue(Files.exists(asset), "assets/" + name + ".png is missing; make it with render");
            Path fresh = dir.resolve(name + ".png");
            assertEquals(0, CliRun.of("render", example.toString(), fresh.toString()).code());
            double off = PictureDifference.fraction(ImageIO.read(fresh.toFile()), ImageIO.read(asset.toFile()));
            assertTrue(off < 0.002, "assets/" + name + ".png is out of date (" + Math.round(off * 1000) / 10.0
                    + "% of pixels differ); render it again");
        }
    }
}
