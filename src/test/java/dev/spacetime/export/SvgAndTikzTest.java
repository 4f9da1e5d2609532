package dev.spacetime.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.drawing.Drawing;
import dev.spacetime.testing.Diagrams;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgAndTikzTest {
    private static Drawing figure1(String... selected) {
        return PictureSettings.defaults().withSelected(List.of(selected)).drawing(Analysis.of(Diagrams.figure1()));
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> withClass(Document doc, String tag, String cls) {
        List<Element> found = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS("*", tag);
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (List.of(e.getAttribute("class").split(" ")).contains(cls)) {
                found.add(e);
            }
        }
        return found;
    }

    @Test
    void svgIsValidXmlWithAnElementPerEventAndMessageTheirLabelsAndClocks() throws Exception {
        Document doc = parse(SvgPainter.paint(figure1(), ExportOptions.DEFAULT));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        List<Element> events = withClass(doc, "circle", "event");
        assertEquals(15, events.size());
        Element q2 = events.stream().filter(e -> e.getAttribute("id").equals("event-q2")).findFirst().orElseThrow();
        assertEquals("q2 on Q: C=2, V=[1,2,0], time 10", q2.getTextContent());
        List<Element> messages = withClass(doc, "g", "message");
        assertEquals(6, messages.size());
        assertTrue(messages.stream().anyMatch(m -> m.getTextContent().startsWith("p1 → q2")));
        assertTrue(messages.stream().allMatch(m -> m.getElementsByTagNameNS("*", "path").getLength() == 1),
                "each message a wavy path");
        List<String> labels = withClass(doc, "text", "event-label").stream().map(Element::getTextContent).toList();
        assertTrue(labels.contains("r4  C=6"), labels::toString);
        assertEquals(0, doc.getElementsByTagNameNS("*", "image").getLength(), "self-contained: no images");
    }

    @Test
    void svgEscapesLabelsAndShowsTheSelection() throws Exception {
        Drawing d = PictureSettings.defaults().withSelected(List.of("a1")).drawing(
                Analysis.of(Diagrams.of("A: a1 a2", "B: b1", "a1 -> b1")));
        String svg = SvgPainter.paint(d, new ExportOptions(800, 1, true));
        Document doc = parse(svg);
        assertEquals("800", doc.getDocumentElement().getAttribute("width"));
        assertEquals(0, doc.getElementsByTagNameNS("*", "rect").getLength(), "transparent: no background");
        assertEquals(1, withClass(doc, "circle", "ring").size(), "the selected event is ringed");
        assertEquals(2, withClass(doc, "circle", "selected").size(), "its dot and its ring");
        assertEquals("a & <b>", SvgPainter.xml("a & <b>").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"));
    }

    @Test
    void tikzHasANodePerEventAndADrawPerMessageBetweenTheNodes() {
        String tex = TikzPainter.paint(figure1());
        assertEquals(15, count(tex, "\\\\node\\[event="));
        assertEquals(6, count(tex, "\\\\draw\\[message="));
        assertTrue(tex.contains("\\draw[message=stmessage] (p1) -- (q2);"), "readable: messages between named nodes");
        assertTrue(tex.contains("\\node[event=stevent] (p1) at (0.00,0.00) {};"));
        assertTrue(tex.contains("\\usetikzlibrary{decorations.pathmorphing"));
        assertTrue(tex.startsWith("% Made by Spacetime") && tex.contains("\\begin{tikzpicture}")
                && tex.endsWith("\\end{document}\n"));
    }

    @Test
    void tikzEscapesEveryLatexSpecialCharacter() {
        assertEquals("50\\% \\& \\$5 \\#1 a\\_b \\{x\\} \\textbackslash{} \\textasciitilde{} \\textasciicircum{} $\\rightarrow$",
                LatexText.escape("50% & $5 #1 a_b {x} \\ ~ ^ →"));
        String tex = TikzPainter.paint(PictureSettings.defaults().drawing(
                Analysis.of(Diagrams.of("A: a1 a2", "B: b1", "a1 -> b1"))));
        assertEquals(3, count(tex, "\\\\node\\[event="));
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
