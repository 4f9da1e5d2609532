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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    void withoutTimeAskedALogWithoutTimesIsDrawnInLogicalTimeAsTheWindowOpensIt() throws Exception {
        // A ShiViz log has no physical times: drawn "at its times" a broadcast's messages lay on one line.
        String log = Path.of("examples", "broadcast.log").toString();
        Path plain = dir.resolve("plain.svg");
        Path logical = dir.resolve("logical.svg");
        Path physical = dir.resolve("physical.svg");
        assertEquals(0, run("render", log, plain.toString()).code());
        assertEquals(0, run("render", "--time", "logical", log, logical.toString()).code());
        assertEquals(0, run("render", "--time", "physical", log, physical.toString()).code());
        assertEquals(Files.readString(logical), Files.readString(plain));
        assertTrue(!Files.readString(physical).equals(Files.readString(plain)), "asked for, physical time still differs");
        // A diagram with times keeps them by default.
        Path figure = dir.resolve("figure.svg");
        Path figurePhysical = dir.resolve("figure-physical.svg");
        assertEquals(0, run("render", FIGURE1.toString(), figure.toString()).code());
        assertEquals(0, run("render", "--time", "physical", FIGURE1.toString(), figurePhysical.toString()).code());
        assertEquals(Files.readString(figurePhysical), Files.readString(figure));
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
        // The register C_P is set with P as a subscript (a tspan): read as text, it is "CP = 0".
        assertTrue(first.contains("C<tspan dy=") && unsubscripted(first).contains("CP = 0")
                && unsubscripted(last).contains("CP = 6"), "registers at each step");
        assertTrue(first.contains("class=\"event faded\"") && !last.contains("class=\"event faded\""));
        java.util.List<String> notes = Files.readAllLines(dir.resolve("step-steps.txt"));
        assertEquals(16, notes.size(), "one explanation a picture, beside them");
        assertEquals("step-00.svg  Nothing has happened yet: every clock register reads 0.", notes.get(0));
        assertTrue(notes.get(15).startsWith("step-15.svg  Step 15 of 15: "), notes.get(15));
        assertTrue(r.out().contains("each explained in step-steps.txt"), r.out());
        CliRun four = run("render", FIGURE1.toString(), dir.resolve("s4.tex").toString(), "--step", "4");
        assertEquals(0, four.code());
        assertTrue(four.out().lines().anyMatch(l -> l.startsWith("Step 4 of 15: ") && l.contains("IR")), four.out());
        assertTrue(Files.readString(dir.resolve("s4.tex")).contains("{$C_{P}$ = 2}"), "the register set as $C_{P}$");
    }

    @Test
    void aStepCanKeepTheClocksOfEventsStillToComeBack() throws Exception {
        Path shown = dir.resolve("shown.svg");
        Path hidden = dir.resolve("hidden.svg");
        assertEquals(0, run("render", FIGURE1.toString(), shown.toString(), "--step", "4").code());
        CliRun r = run("render", FIGURE1.toString(), hidden.toString(), "--step", "4", "--hide-future-clocks");
        assertEquals(0, r.code(), r.err());
        String with = Files.readString(shown);
        String without = Files.readString(hidden);
        assertTrue(with.contains(">q2  C=2<"), "q2, still to come, shows its clock by default");
        assertTrue(without.contains(">q2<"), "q2 labelled with its id alone");
        assertTrue(without.contains("p2") && without.contains("C=2"), "p2 has happened and keeps its clock (C=2)");
        assertTrue(unsubscripted(without).contains("CQ = 1"), "the registers are as ever");
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

    @Test
    void aSizedPngIsThatWindowAndFigure1FillsIt() throws Exception {
        // A tall window too: scaling the natural picture would leave it two-thirds empty, spacing fills it.
        for (int[] size : new int[][] {{1280, 800}, {640, 1200}}) {
            Path png = dir.resolve("w" + size[0] + ".png");
            CliRun r = run("render", FIGURE1.toString(), png.toString(), "--size", size[0] + "x" + size[1]);
            assertEquals(0, r.code(), r.err());
            BufferedImage image = ImageIO.read(png.toFile());
            assertEquals(size[0], image.getWidth());
            assertEquals(size[1], image.getHeight());
            int[] drawn = drawnBox(image);
            double[] m = Frame.MARGINS;
            double roomX = size[0] - m[1] - m[3];
            double roomY = size[1] - m[0] - m[2];
            assertTrue(drawn[2] - drawn[0] >= 0.8 * roomX, "drawn across " + (drawn[2] - drawn[0]) + " of " + roomX);
            assertTrue(drawn[3] - drawn[1] >= 0.8 * roomY, "drawn down " + (drawn[3] - drawn[1]) + " of " + roomY);
        }
    }

    @Test
    void hugeTextIsOnePointSevenTimesNormalAndSlidesOnePointSix() throws Exception {
        double normal = eventLabelSize("normal");
        assertEquals(1.7 * normal, eventLabelSize("huge"), 0.05 * normal);
        assertEquals(0.85 * normal, eventLabelSize("small"), 0.05 * normal);
        Path svg = dir.resolve("slides.svg");
        assertEquals(0, run("render", FIGURE1.toString(), svg.toString(), "--size", "1280x800", "--slides").code());
        assertEquals(1.6 * normal, fontSize(Files.readString(svg)), 0.05 * normal);
    }

    @Test
    void aTwentyThousandEventPngIsFittedToFourThousandPixels() throws Exception {
        Path log = dir.resolve("big.json");
        assertEquals(0, run("generate", "--processes", "12", "--events", "20000", "--messages", "7000",
                log.toString()).code());
        double[] b = PictureSettings.defaults().naturalLayout(Analysis.of(DiagramReader.read(log)), 1).bounds();
        assertTrue(Math.max(b[2] - b[0], b[3] - b[1]) > 4000, "larger than 4000 at its natural size");
        Path png = dir.resolve("big.png");
        CliRun r = run("render", log.toString(), png.toString());
        assertEquals(0, r.code(), r.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(4000, Math.max(image.getWidth(), image.getHeight()));
        int[] drawn = drawnBox(image);
        assertTrue(drawn[3] - drawn[1] > 0.8 * (image.getHeight() - Frame.MARGINS[0] - Frame.MARGINS[2]),
                "the diagram fills the picture");
    }

    @Test
    void badSizesAreRefusedNamingTheOption() {
        Path out = dir.resolve("x.png");
        for (String size : new String[] {"199x800", "1280x20001", "1280", "axb", "1280x-800", "12.5x800"}) {
            assertRefused(run("render", FIGURE1.toString(), out.toString(), "--size", size), "--size must be");
        }
        assertRefused(run("render", FIGURE1.toString(), out.toString(), "--size", "1280x800", "--width", "900"),
                "--size and --width cannot go together");
        assertEquals(2, run("render", FIGURE1.toString(), out.toString(), "--text-size", "enormous").code());
        assertTrue(Files.notExists(out));
    }

    private double eventLabelSize(String textSize) throws Exception {
        Path svg = dir.resolve(textSize + ".svg");
        CliRun r = run("render", FIGURE1.toString(), svg.toString(), "--size", "1280x800", "--text-size", textSize);
        assertEquals(0, r.code(), r.err());
        String text = Files.readString(svg);
        assertTrue(text.contains("width=\"1280\" height=\"800\""), "a 1280 × 800 SVG");
        return fontSize(text);
    }

    /** The font size of the first event label in an SVG. */
    /** The SVG with its subscripts' tspans taken out, leaving their letters. */
    private static String unsubscripted(String svg) {
        return svg.replaceAll("</?tspan[^>]*>", "");
    }

    private static double fontSize(String svg) {
        Matcher m = Pattern.compile("<text class=\"event-label\"[^>]* font-size=\"([0-9.]+)\"").matcher(svg);
        assertTrue(m.find(), "an event label");
        return Double.parseDouble(m.group(1));
    }

    /** {minX, minY, maxX, maxY} of the pixels that are not white. */
    private static int[] drawnBox(BufferedImage image) {
        int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    box[0] = Math.min(box[0], x);
                    box[1] = Math.min(box[1], y);
                    box[2] = Math.max(box[2], x);
                    box[3] = Math.max(box[3], y);
                }
            }
        }
        return box;
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
