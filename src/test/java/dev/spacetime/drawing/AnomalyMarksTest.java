package dev.spacetime.drawing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.export.ExportOptions;
import dev.spacetime.export.SvgPainter;
import dev.spacetime.export.TikzPainter;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.TimeMode;
import dev.spacetime.testing.Diagrams;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Section 5 on the picture: a line for each a ➝ b with C(a) ≥ C(b), and cones that may follow the telephone call. */
class AnomalyMarksTest {
    // A phones B (external); B then asks S. C: a1=1 a2=2 a3=3, b1=1 b2=2, s1=3.
    private static final Analysis PHONE = Analysis.of(Diagrams.of("A: a1@0 a2@10 a3@20", "B: b1@15 b2@18",
            "S: s1@30", "a2 ~> b1", "b2 -> s1"));
    private static final DiagramLayout LAYOUT = DiagramLayout.of(PHONE, Orientation.TIME_UP, TimeMode.PHYSICAL);

    private static Drawing draw(boolean falseOrderings, boolean anomalies) {
        return DrawingBuilder.build(LAYOUT, new DrawingOptions(ClockLabels.LAMPORT, false, List.of(), false,
                falseOrderings, anomalies));
    }

    /** The pairs the lines of this role join, as "a,b" by the events at their ends. */
    private static Set<String> joined(Drawing d, Role role) {
        Set<String> pairs = new HashSet<>();
        for (Shape s : d.shapes()) {
            if (s instanceof Shape.Line l && l.role() == role) {
                pairs.add(at(l.x1(), l.y1()) + "," + at(l.x2(), l.y2()));
            }
        }
        return pairs;
    }

    private static String at(double x, double y) {
        for (int e = 0; e < PHONE.eventCount(); e++) {
            if (LAYOUT.eventX(e) == x && LAYOUT.eventY(e) == y) {
                return PHONE.id(e);
            }
        }
        return "?";
    }

    @Test
    void eachAnomalyIsJoinedByALineOfItsOwn() {
        Set<String> expected = new HashSet<>();
        PHONE.anomalies((a, b) -> expected.add(PHONE.id(a) + "," + PHONE.id(b)));
        // a1 ➝ b1 (1 ≥ 1), a2 ➝ b1 (2 ≥ 1), a2 ➝ b2 (2 ≥ 2); a1 ➝ b2 and a2 ➝ s1 keep C(a) < C(b).
        assertEquals(Set.of("a1,b1", "a2,b1", "a2,b2"), expected);
        assertEquals(expected, joined(draw(false, true), Role.ANOMALY));
        assertEquals(Set.of(), joined(draw(false, false), Role.ANOMALY), "only when asked for");
        assertEquals(3, PHONE.pairCounts().anomalies());
    }

    @Test
    void anomaliesAndFalseOrderingsAreDrawnApart() {
        Drawing both = draw(true, true);
        Set<String> falseOrderings = joined(both, Role.FALSE_ORDERING);
        Set<String> anomalies = joined(both, Role.ANOMALY);
        assertEquals(PHONE.pairCounts().falseOrderings(), falseOrderings.size());
        assertTrue(falseOrderings.stream().noneMatch(anomalies::contains), "no pair is both");
        assertNotEquals(Style.rgb(Role.FALSE_ORDERING), Style.rgb(Role.ANOMALY));
        assertNotEquals(List.of(2.0, 4.0), java.util.Arrays.stream(Style.dashes(Role.ANOMALY)).boxed().toList());
    }

    @Test
    void theKeyAndEveryExportShowTheAnomalyMark() {
        Drawing d = draw(false, true);
        assertTrue(PictureKey.of(d, PHONE).stream().anyMatch(e -> e.role() == Role.ANOMALY
                && e.text().equals("anomalies: a ➝ b, yet C(a) ≥ C(b)") && e.swatch() == PictureKey.Swatch.DASHED));
        assertTrue(PictureKey.of(draw(true, false), PHONE).stream().noneMatch(e -> e.role() == Role.ANOMALY));
        String svg = SvgPainter.paint(d, ExportOptions.DEFAULT);
        assertEquals(3, svg.split("class=\"anomaly\"", -1).length - 1, "three anomaly curves in the SVG");
        assertTrue(svg.contains("stroke=\"" + Style.hex(Role.ANOMALY) + "\""), "in the anomaly's colour");
        assertTrue(svg.contains("stroke-dasharray=\"9,3,2,3\""), "dash-dot");
        String tikz = TikzPainter.paint(d);
        assertEquals(3, tikz.split("draw=stanomaly, line width=0.6pt, dash dot", -1).length - 1, tikz);
    }

    /** Event id → role of its dot, with b2 selected. */
    private static Map<String, Role> coneOfB2(boolean external) {
        Drawing plain = DrawingBuilder.withoutSelection(LAYOUT, DrawingOptions.plain(ClockLabels.LAMPORT));
        Drawing d = SelectionLayer.apply(plain, LAYOUT, List.of("b2"), null, null, false, external);
        return d.shapes().stream().filter(Shape.Dot.class::isInstance).map(Shape.Dot.class::cast)
                .collect(Collectors.toMap(Shape.Dot::id, Shape.Dot::role, (a, b) -> a, TreeMap::new));
    }

    @Test
    void conesFollowTheTelephoneCallOnlyWhenAsked() {
        Map<String, Role> plain = coneOfB2(false);
        assertEquals(Role.CONCURRENT, plain.get("a1"));
        assertEquals(Role.CONCURRENT, plain.get("a2"));
        assertEquals(Role.PAST, plain.get("b1"));
        Map<String, Role> external = coneOfB2(true);
        assertEquals(Role.PAST, external.get("a1"), "a1 ➝ b2 through the call");
        assertEquals(Role.PAST, external.get("a2"));
        assertEquals(Role.CONCURRENT, external.get("a3"));
        assertEquals(Role.FUTURE, external.get("s1"));
    }

    @Test
    void thePictureKeyNamesTheConeItColours() {
        Drawing plainDrawing = DrawingBuilder.withoutSelection(LAYOUT, DrawingOptions.plain(ClockLabels.LAMPORT));
        List<String> external = PictureKey.of(SelectionLayer.apply(plainDrawing, LAYOUT, List.of("b2"), null, null,
                false, true), PHONE).stream().map(PictureKey.Entry::text).toList();
        assertTrue(external.contains("past under ➝ (external messages count)"), external::toString);
        assertTrue(external.contains("unordered by ➝: 1 event"), external::toString);
        List<String> plain = PictureKey.of(SelectionLayer.apply(plainDrawing, LAYOUT, List.of("b2"), null, null,
                false, false), PHONE).stream().map(PictureKey.Entry::text).toList();
        assertTrue(plain.contains("causal past (happened before)"), plain::toString);
        assertTrue(plain.contains("concurrent ‖: 3 events"), plain::toString);
    }

    @Test
    void theSelectedEventsPairLinesUnderArrowAreNotCalledConcurrent() {
        Drawing plainDrawing = DrawingBuilder.withoutSelection(LAYOUT, DrawingOptions.plain(ClockLabels.LAMPORT));
        // With every concurrent pair shown, the selected b2 is joined to the events its cone leaves out.
        String external = pairEntry(SelectionLayer.apply(plainDrawing, LAYOUT, List.of("b2"), null, null, true, true));
        assertTrue(external.endsWith("b2 is unordered by ➝ with 1 event, joined to it"), external);
        String plain = pairEntry(SelectionLayer.apply(plainDrawing, LAYOUT, List.of("b2"), null, null, true, false));
        assertTrue(plain.endsWith("b2 is concurrent with 3 events, joined to it"), plain);
    }

    private static String pairEntry(Drawing d) {
        return PictureKey.of(d, PHONE).stream().filter(e -> e.role() == Role.CONCURRENT_PAIR).map(PictureKey.Entry::text)
                .findFirst().orElseThrow();
    }
}
