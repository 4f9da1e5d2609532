package dev.spacetime.fxpaint;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.drawing.ClockLabels;
import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.LabelSpot;
import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Subscripts;
import dev.spacetime.export.ExportOptions;
import dev.spacetime.export.PictureFrame;
import dev.spacetime.export.PictureSettings;
import dev.spacetime.export.SvgPainter;
import dev.spacetime.export.TikzPainter;
import dev.spacetime.io.DiagramReader;
import dev.spacetime.io.shiviz.ShivizFiles;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.TimeMode;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.DiagramBuilder;
import dev.spacetime.step.Linearization;
import dev.spacetime.testing.FxThread;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The canvas (screen and PNG), the SVG and the TikZ painters draw every text of a drawing alike:
 * the same words, lined up the same way on the same anchor point, for every example in both
 * orientations and time modes, a step of the step-through and a selection of two events.
 */
class PaintersAgreeTest {
    /** SVG numbers are rounded to two decimals. */
    private static final double SVG_TOLERANCE = 0.01;
    /** TikZ coordinates are centimetres to two decimals, 40 page units each: at most 0.2 units off. */
    private static final double TIKZ_TOLERANCE = 0.25;
    private static final double UNITS_PER_CM = 40;
    private static final Pattern TIKZ_LABEL = Pattern.compile(
            "^  \\\\node\\[label=\\w+, anchor=(west|center|east)(?:, font=\\\\bfseries)?\\] at \\((-?[0-9.]+),(-?[0-9.]+)\\) \\{(.*)\\};$",
            Pattern.MULTILINE);
    /** What the export writes in LaTeX for a character, for the characters it writes as commands. */
    private static final Map<String, String> LATEX = Map.ofEntries(Map.entry("\\textbackslash{}", "\\"),
            Map.entry("\\textasciitilde{}", "~"), Map.entry("\\textasciicircum{}", "^"), Map.entry("\\textless{}", "<"),
            Map.entry("\\textgreater{}", ">"), Map.entry("\\textbar{}", "|"), Map.entry("$\\rightarrow$", "→"),
            Map.entry("$\\Rightarrow$", "⇒"), Map.entry("$\\rightsquigarrow$", "⇝"), Map.entry("$\\parallel$", "‖"),
            Map.entry("$\\leq$", "≤"), Map.entry("$\\geq$", "≥"), Map.entry("\\ldots{}", "…"));

    /** A text as one painter put it: what it reads, how it lines up, its anchor point. */
    private record Placed(String text, LabelSpot.Align align, double x, double y, Role role) {
        Placed(String text, LabelSpot.Align align, double x, double y) {
            this(text, align, x, y, null);
        }
    }

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxThread.start();
    }

    static Stream<Arguments> drawings() throws Exception {
        List<Path> files;
        try (Stream<Path> listed = Files.list(Path.of("examples"))) {
            files = listed.sorted().toList();
        }
        List<Arguments> cases = new ArrayList<>();
        for (Path file : files) {
            Diagram diagram = ShivizFiles.isLog(file) ? ShivizFiles.importExecution(file, 0) : DiagramReader.read(file);
            Analysis analysis = Analysis.of(diagram);
            String name = String.valueOf(file.getFileName());
            for (Orientation orientation : Orientation.values()) {
                for (TimeMode mode : TimeMode.values()) {
                    PictureSettings s = new PictureSettings(orientation, mode, false, ClockLabels.LAMPORT, List.of(), -1,
                            Linearization.Kind.TOTAL_ORDER);
                    cases.add(Arguments.of(name + " " + orientation + " " + mode, s.drawing(analysis)));
                }
            }
            int n = analysis.eventCount();
            PictureSettings step = new PictureSettings(Orientation.TIME_UP, TimeMode.LOGICAL, true, ClockLabels.VECTOR,
                    List.of(), n / 2, Linearization.Kind.TOTAL_ORDER);
            cases.add(Arguments.of(name + " step " + n / 2, step.drawing(analysis)));
            List<String> two = List.of(analysis.id(0), analysis.id(n - 1));
            PictureSettings selected = new PictureSettings(Orientation.TIME_UP, TimeMode.PHYSICAL, true,
                    ClockLabels.LAMPORT, two, -1, Linearization.Kind.TOTAL_ORDER);
            cases.add(Arguments.of(name + " selected " + two, selected.drawing(analysis)));
        }
        Analysis awkward = Analysis.of(awkwardTexts());
        for (Orientation orientation : Orientation.values()) {
            cases.add(Arguments.of("awkward characters " + orientation, new PictureSettings(orientation,
                    TimeMode.PHYSICAL, true, ClockLabels.VECTOR, List.of("a1"), -1, Linearization.Kind.TOTAL_ORDER)
                    .drawing(awkward)));
        }
        return cases.stream();
    }

    /** Names and labels with what XML and LaTeX must escape, and the paper's symbols. */
    private static Diagram awkwardTexts() {
        DiagramBuilder b = new DiagramBuilder(4);
        int p = b.addProcess("P&<Q>");
        int r = b.addProcess("R {50%} #1");
        b.addEvent(p, "a1", "a & <b> \"q\" 'x'", 10);
        b.addEvent(p, "a2", "$x_1$ ~^|\\ ≤ ≥", 30);
        b.addEvent(r, "b1", "⇒ → ‖ … ⇝", 20);
        b.addEvent(r, "b2", "{done}", 40);
        b.addMessage("a1", "b1", "m#1 & <ok>", false);
        b.addMessage("b2", "a2", "50% \\ back", false);
        return b.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drawings")
    void everyTextIsDrawnAlikeOnCanvasInSvgAndInTikz(String name, Drawing drawing) throws Exception {
        PictureFrame picture = PictureFrame.of(drawing, ExportOptions.DEFAULT);
        List<Placed> canvas = canvasTexts(drawing);
        List<Placed> svg = svgTexts(SvgPainter.paint(drawing, ExportOptions.DEFAULT));
        List<Placed> tikz = tikzTexts(TikzPainter.paint(drawing));
        assertFalse(canvas.isEmpty(), name + ": some text is painted");

        List<String> disagreements = new ArrayList<>();
        compare("SVG", canvas, svg, SVG_TOLERANCE, disagreements, (c, o) -> new double[] {c.x() - o.x(), c.y() - o.y()},
                false);
        // TikZ has no picture frame: its points are page units, a label's offset counted as units (scale 1).
        // The canvas's frame at natural size is within a fraction of a percent of scale 1 (its size is
        // rounded up to whole pixels), so the offsets come out the same well inside the tolerance.
        compare("TikZ", canvas, tikz, TIKZ_TOLERANCE, disagreements, (c, o) -> new double[] {
                (c.x() - picture.frame().x(0)) / picture.frame().scale() - o.x(),
                (c.y() - picture.frame().y(0)) / picture.frame().scale() - o.y()}, true);
        assertTrue(disagreements.isEmpty(), name + ": " + disagreements.size() + " disagreements\n  "
                + String.join("\n  ", disagreements.subList(0, Math.min(12, disagreements.size()))));
    }

    private interface Offset {
        /** How far the canvas's anchor point is from the other painter's, in the other painter's units. */
        double[] of(Placed canvas, Placed other);
    }

    private static void compare(String painter, List<Placed> canvas, List<Placed> other, double tolerance,
            List<String> disagreements, Offset offset, boolean latex) {
        if (canvas.size() != other.size()) {
            disagreements.add(painter + " draws " + other.size() + " texts, the canvas " + canvas.size());
        }
        for (int i = 0; i < Math.min(canvas.size(), other.size()); i++) {
            Placed c = canvas.get(i);
            Placed o = other.get(i);
            // A clock register's C_P is set with P as a subscript: SVG holds the letters, TikZ writes $C_{P}$.
            boolean sub = c.role() != null && Subscripts.typeset(c.role());
            String expected = latex ? asLatexShowsIt(c.text()) : sub ? Subscripts.plain(c.text()) : c.text();
            String what = painter + " text " + i + " '" + c.text() + "'";
            if (!expected.equals(o.text())) {
                disagreements.add(what + " reads '" + o.text() + "'");
            }
            if (c.align() != o.align()) {
                disagreements.add(what + " is lined up " + o.align() + ", on the canvas " + c.align());
            }
            double[] d = offset.of(c, o);
            if (!(Math.abs(d[0]) <= tolerance && Math.abs(d[1]) <= tolerance)) {
                disagreements.add(String.format(Locale.ROOT,
                        "%s is at (%.2f, %.2f), the canvas's anchor (%.2f, %.2f) is %.2f, %.2f away", what, o.x(), o.y(),
                        c.x(), c.y(), d[0], d[1]));
            }
        }
    }

    /** The texts the canvas paints for a PNG at natural size, with level of detail off, in painting order. */
    private static List<Placed> canvasTexts(Drawing drawing) throws Exception {
        List<Placed> texts = new ArrayList<>();
        FxThread.run(() -> PngExport.paint(drawing, ExportOptions.DEFAULT,
                t -> texts.add(new Placed(t.text(), t.align(), t.x(), t.y(), t.role()))));
        return texts;
    }

    /** The SVG's {@code <text>} elements: content unescaped by the XML parser, anchor point in pixels. */
    private static List<Placed> svgTexts(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        NodeList all = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
                .getElementsByTagNameNS("*", "text");
        List<Placed> texts = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            LabelSpot.Align align = switch (e.getAttribute("text-anchor")) {
                case "start" -> LabelSpot.Align.START;
                case "middle" -> LabelSpot.Align.MIDDLE;
                case "end" -> LabelSpot.Align.END;
                default -> throw new AssertionError("text-anchor '" + e.getAttribute("text-anchor") + "'");
            };
            texts.add(new Placed(e.getTextContent(), align, Double.parseDouble(e.getAttribute("x")),
                    Double.parseDouble(e.getAttribute("y"))));
        }
        return texts;
    }

    /** The TikZ label nodes: content unescaped from LaTeX, anchor point in page units with y down. */
    private static List<Placed> tikzTexts(String tex) {
        List<Placed> texts = new ArrayList<>();
        Matcher m = TIKZ_LABEL.matcher(tex);
        while (m.find()) {
            LabelSpot.Align align = switch (m.group(1)) {
                case "west" -> LabelSpot.Align.START;
                case "center" -> LabelSpot.Align.MIDDLE;
                default -> LabelSpot.Align.END;
            };
            texts.add(new Placed(unescapeLatex(m.group(4)), align, Double.parseDouble(m.group(2)) * UNITS_PER_CM,
                    -Double.parseDouble(m.group(3)) * UNITS_PER_CM));
        }
        return texts;
    }

    /** Undoes the export's LaTeX escaping: the symbols written as commands, and {@code \{ \} \# \$ \% \& \_}. */
    private static String unescapeLatex(String s) {
        s = s.replaceAll("\\$([CV])_\\{([A-Za-z0-9]+)\\}\\$", "$1_$2");
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        outer:
        while (i < s.length()) {
            for (Map.Entry<String, String> e : LATEX.entrySet()) {
                if (s.startsWith(e.getKey(), i)) {
                    sb.append(e.getValue());
                    i += e.getKey().length();
                    continue outer;
                }
            }
            if (s.charAt(i) == '\\' && i + 1 < s.length() && "{}#$%&_".indexOf(s.charAt(i + 1)) >= 0) {
                sb.append(s.charAt(i + 1));
                i += 2;
            } else {
                sb.append(s.charAt(i++));
            }
        }
        return sb.toString();
    }

    /** A text as LaTeX shows it: two arrows look alike there, and a line break is a space. */
    private static String asLatexShowsIt(String s) {
        return s.replace('➝', '→').replace('\n', ' ').replace('\r', ' ');
    }
}
