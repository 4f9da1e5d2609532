package dev.spacetime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.Frame;
import dev.spacetime.drawing.Shape;
import dev.spacetime.drawing.Style;
import dev.spacetime.export.ExportOptions;
import dev.spacetime.export.PictureFrame;
import dev.spacetime.export.PictureSettings;
import dev.spacetime.io.DiagramReader;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render} end to end: PNG pixels where the shapes are, the golden picture, bad input. */
class RenderCommandTest {
    private static final Path FIGURE1 = Path.of("examples", "lamport-figure1.json");

    @TempDir
    Path dir;


    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void aPngHasTheScaledSizeAndTheDiagramsColoursWhereItsShapesAre() throws Exception {
        Drawing drawing = PictureSettings.defaults().drawing(Analysis.of(DiagramReader.read(FIGURE1)));
        PictureFrame picture = PictureFrame.of(drawing, ExportOptions.DEFAULT);
        for (int scale : new int[] {1, 3}) {
            Path png = dir.resolve("f" + scale + ".png");
            CliRun r = run("render", FIGURE1.toString(), png.toString(), "--scale", Integer.toString(scale));
            assertEquals(0, r.code(), r.err());
            BufferedImage image = ImageIO.read(png.toFile());
            assertEquals((int) picture.width() * scale, image.getWidth());
            assertEquals((int) picture.height() * scale, image.getHeight());
            Frame f = picture.frame();
            int dots = 0;
            for (Shape s : drawing.shapes()) {
                if (s instanceof Shape.Dot d) {
                    int rgb = image.getRGB((int) Math.round(f.x(d.x()) * scale), (int) Math.round(f.y(d.y()) * scale));
                    assertTrue(close(rgb, Style.rgb(d.role())), d.id() + " is drawn in its colour");
                    dots++;
                }
            }
            assertEquals(15, dots);
            assertTrue(close(image.getRGB(1, 1), Style.BACKGROUND), "white background");
            // Half way between p1 and p2 the process line of P is black.
            Shape.Dot p1 = dot(drawing, "p1");
            Shape.Dot p2 = dot(drawing, "p2");
            int x = (int) Math.round(f.x(p1.x()) * scale);
            int y = (int) Math.round(f.y((p1.y() + p2.y()) / 2) * scale);
            assertTrue(darkest(image, x, y, scale) < 60, "the process line is there");
        }
    }

    @Test
    void theFigure1PictureMatchesTheGoldenImage() throws Exception {
        Path png = dir.resolve("f.png");
        assertEquals(0, run("render", FIGURE1.toString(), png.toString()).code());
        assertTrue(PictureDifference.fraction(ImageIO.read(png.toFile()),
                ImageIO.read(Path.of("src/test/resources/golden/lamport-figure1.png").toFile())) < 0.002,
                "fewer than 0.2% of the pixels differ");
    }

    @Test
    void aTransparentBackgroundAndAChosenWidth() throws Exception {
        Path png = dir.resolve("t.png");
        assertEquals(0, run("render", FIGURE1.toString(), png.toString(), "--background", "transparent", "--width",
                "1000").code());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1000, image.getWidth());
        assertEquals(0, image.getRGB(1, 1) >>> 24, "the corner is see-through");
    }

    @Test
    void everyStepAsNumberedFiles() throws Exception {
        Path out = dir.resolve("step.svg");
        CliRun r = run("render", FIGURE1.toString(), out.toString(), "--all-steps");
        assertEquals(0, r.code(), r.err());
        for (int k = 0; k <= 15; k++) {
            assertTrue(Files.exists(dir.resolve(String.format("step-%02d.svg", k))), "step " + k);
        }
        String first = Files.readString(dir.resolve("step-00.svg"));
        String last = Files.readString(dir.resolve("step-15.svg"));
        assertTrue(first.contains("C_P = 0") && last.contains("C_P = 6"), "registers at each step");
        assertTrue(first.contains("class=\"event faded\"") && !last.contains("class=\"event faded\""));
        assertEquals(0, run("render", FIGURE1.toString(), dir.resolve("s4.tex").toString(), "--step", "4").code());
        assertTrue(Files.readString(dir.resolve("s4.tex")).contains("C\\_P = 2"));
    }

    @Test
    void badInputExitsTwoWithAMessage() {
        Path out = dir.resolve("x.png");
        assertRefused(run("render", FIGURE1.toString(), dir.resolve("x.gif").toString()), "must end in .png, .svg or .tex");
        assertRefused(run("render", FIGURE1.toString(), out.toString(), "--scale", "9"), "--scale must be");
        assertRefused(run("render", FIGURE1.toString(), out.toString(), "--select", "zz"), "no event \"zz\"");
        assertRefused(run("render", FIGURE1.toString(), out.toString(), "--step", "99"), "past the end");
        assertRefused(run("render", "missing.json", out.toString()), "missing.json");
        assertEquals(2, run("render", FIGURE1.toString(), out.toString(), "--orientation", "sideways").code());
        assertTrue(Files.notExists(out));
    }

    private static void assertRefused(CliRun r, String words) {
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains(words), r.err());
        assertTrue(!r.err().contains("Exception"), "no stack trace");
    }

    private static Shape.Dot dot(Drawing d, String id) {
        return d.shapes().stream().filter(s -> s instanceof Shape.Dot x && id.equals(x.id())).map(Shape.Dot.class::cast)
                .findFirst().orElseThrow();
    }

    private static int darkest(BufferedImage image, int x, int y, int scale) {
        int best = 255;
        for (int dx = -2 * scale; dx <= 2 * scale; dx++) {
            int rgb = image.getRGB(x + dx, y);
            best = Math.min(best, ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3);
        }
        return best;
    }

    private static boolean close(int argb, int rgb) {
        return Math.abs((argb >> 16 & 0xff) - (rgb >> 16 & 0xff)) < 30 && Math.abs((argb >> 8 & 0xff) - (rgb >> 8 & 0xff)) < 30
                && Math.abs((argb & 0xff) - (rgb & 0xff)) < 30;
    }
}
