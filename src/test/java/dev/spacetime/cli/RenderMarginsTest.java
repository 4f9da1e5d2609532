package dev.spacetime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.Frame;
import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Shape;
import dev.spacetime.drawing.Style;
import dev.spacetime.export.ExportOptions;
import dev.spacetime.export.PictureFrame;
import dev.spacetime.export.PictureSettings;
import dev.spacetime.drawing.ClockLabels;
import dev.spacetime.io.DiagramReader;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.TimeMode;
import dev.spacetime.model.TimeDirection;
import dev.spacetime.step.Linearization;
import dev.spacetime.model.Diagram;
import dev.spacetime.sim.mutex.MutexCheck;
import dev.spacetime.sim.recipe.MutexRecheck;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code render} with a title, a legend and a caption, drawn in bands above and below the diagram
 * and never over it; and a faulty run of the mutual exclusion algorithm drawn with the events that
 * break a condition ringed, as the window rings them.
 */
class RenderMarginsTest {
    private static final Path FIGURE1 = Path.of("examples", "lamport-figure1.json");

    @TempDir
    Path dir;

    @Test
    void titleLegendAndCaptionSitAboveAndBelowTheDiagramInSvg() throws Exception {
        Path svg = dir.resolve("f.svg");
        CliRun r = CliRun.of("render", FIGURE1.toString(), svg.toString(), "--step", "5", "--select", "q3",
                "--legend", "--title", "--caption");
        assertEquals(0, r.code(), r.err());
        org.w3c.dom.Document doc = parse(Files.readString(svg));
        double diagramTop = Double.MAX_VALUE;
        double diagramBottom = -Double.MAX_VALUE;
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String y = e.getLocalName().equals("circle") ? e.getAttribute("cy")
                    : e.getLocalName().equals("line") ? e.getAttribute("y1") : "";
            if (!y.isEmpty() && !e.getAttribute("class").isEmpty()) {
                diagramTop = Math.min(diagramTop, Double.parseDouble(y));
                diagramBottom = Math.max(diagramBottom, Double.parseDouble(y));
            }
            if (e.getLocalName().equals("text") && e.getAttribute("class").endsWith("label")) {
                diagramTop = Math.min(diagramTop, Double.parseDouble(e.getAttribute("y")));
                diagramBottom = Math.max(diagramBottom, Double.parseDouble(e.getAttribute("y")));
            }
        }
        List<Element> margin = new ArrayList<>();
        NodeList texts = doc.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            if (t.getAttribute("class").equals("margin")) {
                margin.add(t);
            }
        }
        Element title = margin.get(0);
        assertEquals("Lamport 1978, Figure 1", title.getTextContent());
        assertTrue(margin.stream().anyMatch(t -> t.getTextContent().startsWith("concurrent ‖: ")), "the key counts q3's concurrent events");
        Element caption = margin.stream().filter(t -> t.getTextContent().startsWith("Step 5 of 15")).findFirst().orElseThrow();
        // The caption's register is set with its process as a subscript: a smaller, lowered tspan.
        assertTrue(caption.getElementsByTagNameNS("*", "tspan").getLength() >= 1, "C_P has a subscript in the caption");
        assertFalse(caption.getTextContent().contains("C_"), caption.getTextContent());
        for (Element t : margin) {
            double y = Double.parseDouble(t.getAttribute("y"));
            double half = Double.parseDouble(t.getAttribute("font-size")) * 0.6;
            boolean above = y + half < diagramTop - 4;
            boolean below = y - half > diagramBottom + 4;
            assertTrue(above || below, "'" + t.getTextContent() + "' at " + y + " is outside the diagram's "
                    + diagramTop + "–" + diagramBottom);
        }
        assertTrue(Double.parseDouble(title.getAttribute("y")) < diagramTop, "the title is above");
        assertTrue(Double.parseDouble(caption.getAttribute("y")) > diagramBottom, "the caption is below");
    }

    @Test
    void thePngGrowsByTheBandsAndPaintsThemAndTheDiagramMovesDownWhole() throws Exception {
        Path plain = dir.resolve("plain.png");
        Path framed = dir.resolve("framed.png");
        assertEquals(0, CliRun.of("render", FIGURE1.toString(), plain.toString(), "--step", "5").code());
        CliRun r = CliRun.of("render", FIGURE1.toString(), framed.toString(), "--step", "5", "--legend", "--title",
                "--caption");
        assertEquals(0, r.code(), r.err());
        BufferedImage a = ImageIO.read(plain.toFile());
        BufferedImage b = ImageIO.read(framed.toFile());
        assertEquals(a.getWidth(), b.getWidth());
        int grown = b.getHeight() - a.getHeight();
        assertTrue(grown > 60, "bands add " + grown + " pixels");
        // The diagram is the plain picture moved down by the top band: find that shift.
        int shift = -1;
        for (int s = 0; s <= grown && shift < 0; s++) {
            if (sameRows(a, b, s)) {
                shift = s;
            }
        }
        assertTrue(shift > 20, "the diagram, unchanged, lies below a band: shift " + shift);
        assertTrue(darkRows(b, 0, shift) >= 8, "the title and key are painted above it");
        assertTrue(darkRows(b, shift + a.getHeight(), b.getHeight()) >= 8, "the caption is painted below it");
    }

    @Test
    void tikzHasTheTitleKeyAndCaptionWithItsSubscripts() throws Exception {
        Path tex = dir.resolve("f.tex");
        assertEquals(0, CliRun.of("render", FIGURE1.toString(), tex.toString(), "--step", "3", "--legend", "--title",
                "--caption").code());
        String s = Files.readString(tex);
        assertTrue(s.contains("{Lamport 1978, Figure 1};"), "the title");
        assertTrue(s.matches("(?s).*\\{Step 3 of 15: .*\\$C_\\{[PQR]\\}\\$.*"), "the caption with C_P set as $C_{P}$");
        assertTrue(s.contains("{not happened yet};"), "the key");
        assertTrue(s.matches("(?s).*\\{\\$C_\\{P\\}\\$ = \\d+\\};.*"), "the register on P's line reads $C_{P}$ = n");
    }

    @Test
    void aFaultyMutualExclusionRunIsRingedWhereItBreaksACondition() throws Exception {
        Path json = dir.resolve("bad.json");
        assertEquals(0, CliRun.of("simulate", "mutex", "--variant", "NO_WAIT_FOR_ACKS", "--processes", "3", "--seed",
                "2", json.toString()).code() & ~1, "the run is written (exit 1 says it breaks a condition)");
        Diagram diagram = DiagramReader.read(json);
        MutexCheck.Verdict verdict = MutexRecheck.of(diagram);
        assertFalse(verdict.holds(), "this seed breaks a condition");
        Analysis analysis = Analysis.of(diagram);

        // SVG: a ring per broken event, round its dot, and the verdict in the caption.
        Path svg = dir.resolve("bad.svg");
        CliRun r = CliRun.of("render", json.toString(), svg.toString(), "--caption", "--legend");
        assertEquals(0, r.code(), r.err());
        String text = Files.readString(svg);
        int rings = text.split("class=\"ring broken\"", -1).length - 1;
        assertEquals(verdict.brokenBy().size(), rings, "a ring per event that breaks a condition");
        assertTrue(text.contains("Mutual exclusion: " + verdict.headline()), "the verdict in the caption");
        assertTrue(text.contains("breaks a condition (Mutual exclusion: "), "the key explains the rings");

        // PNG: the rings' colour round each broken event, and nowhere in a correct run's picture.
        Path png = dir.resolve("bad.png");
        assertEquals(0, CliRun.of("render", json.toString(), png.toString(), "--width", "3000").code());
        BufferedImage image = ImageIO.read(png.toFile());
        // render draws time the way the run's file says, as the window does.
        Orientation way = diagram.annotations().timeDirection() == TimeDirection.RIGHT ? Orientation.TIME_RIGHT
                : Orientation.TIME_UP;
        Drawing drawing = new PictureSettings(way, TimeMode.PHYSICAL, false, ClockLabels.LAMPORT, List.of(), -1,
                Linearization.Kind.TOTAL_ORDER).withBroken(verdict.brokenBy()).drawing(analysis, 1);
        Frame f = PictureFrame.of(drawing, new ExportOptions(3000, 1, false, 1)).frame();
        int ringed = 0;
        for (Shape s : drawing.shapes()) {
            if (s instanceof Shape.Ring ring && ring.role() == Role.BROKEN) {
                ringed += vermilionNear(image, (int) Math.round(f.x(ring.x())), (int) Math.round(f.y(ring.y())), 22) > 6
                        ? 1 : 0;
            }
        }
        assertEquals(verdict.brokenBy().size(), ringed, "every broken event is ringed in the PNG");
        Path good = dir.resolve("good.json");
        CliRun.of("simulate", "mutex", "--processes", "3", "--seed", "2", good.toString());
        Path goodPng = dir.resolve("good.png");
        assertEquals(0, CliRun.of("render", good.toString(), goodPng.toString(), "--width", "3000").code());
        BufferedImage correct = ImageIO.read(goodPng.toFile());
        assertEquals(0, vermilionNear(correct, 0, 0, 100_000), "a correct run has no rings");
    }

    /** Pixels of the broken-condition colour within {@code r} of (x, y). */
    private static int vermilionNear(BufferedImage image, int x, int y, int r) {
        int n = 0;
        for (int j = Math.max(0, y - r); j < Math.min(image.getHeight(), y + r); j++) {
            for (int i = Math.max(0, x - r); i < Math.min(image.getWidth(), x + r); i++) {
                if (close(image.getRGB(i, j), Style.rgb(Role.BROKEN))) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Whether b, from row {@code shift} on, repeats a row for row (a few stray pixels allowed). */
    private static boolean sameRows(BufferedImage a, BufferedImage b, int shift) {
        int differ = 0;
        for (int y = 0; y < a.getHeight(); y += 3) {
            for (int x = 0; x < a.getWidth(); x += 2) {
                if (a.getRGB(x, y) != b.getRGB(x, y + shift) && ++differ > 40) {
                    return false;
                }
            }
        }
        return true;
    }

    /** How many rows in [from, to) hold a dark pixel (text or a key's sample). */
    private static int darkRows(BufferedImage image, int from, int to) {
        int rows = 0;
        for (int y = Math.max(0, from); y < Math.min(image.getHeight(), to); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3 < 140) {
                    rows++;
                    break;
                }
            }
        }
        return rows;
    }

    private static boolean close(int argb, int rgb) {
        return Math.abs((argb >> 16 & 0xff) - (rgb >> 16 & 0xff)) < 40 && Math.abs((argb >> 8 & 0xff) - (rgb >> 8 & 0xff)) < 40
                && Math.abs((argb & 0xff) - (rgb & 0xff)) < 40;
    }

    private static org.w3c.dom.Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
