package dev.spacetime.drawing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The placement rules one by one: round the dot, off what is there, shortened in steps, hidden last. */
class LabelPlacementTest {
    private static Shape.Dot dot(double x, double y) {
        return new Shape.Dot(x, y, DrawingBuilder.DOT_RADIUS, Role.EVENT);
    }

    private static Shape.Text label(double x, double y, String text) {
        return new Shape.Text(x, y, text, Shape.Anchor.LEFT, Role.EVENT_LABEL);
    }

    private static double[] box(Placements p, Shape.Text t) {
        return p.spot(t).box(t.x() * p.scale(), t.y() * p.scale());
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    @Test
    void aLabelWithRoomGoesWholeBesideItsDotOnTheRight() {
        Shape.Text t = label(100, 100, "p1  C=1  start");
        Placements p = LabelPlacement.place(List.of(dot(100, 100), t), 1, 1, null);
        assertEquals("p1  C=1  start", p.spot(t).text());
        double[] b = box(p, t);
        assertTrue(b[0] > 100 + DrawingBuilder.DOT_RADIUS && b[1] < 100 && b[3] > 100, java.util.Arrays.toString(b));
    }

    @Test
    void aLabelGivesWayToADotAndToAnotherLabel() {
        Shape.Text first = label(100, 100, "p1  C=1");
        Shape.Text second = label(100, 104, "q1  C=1"); // a dot 4 pixels above: the same place is taken
        Shape.Dot blocker = dot(130, 100); // on the first label's right-hand place
        Placements p = LabelPlacement.place(List.of(dot(100, 100), dot(100, 104), blocker, first, second), 1, 1, null);
        double[] a = box(p, first);
        double[] b = box(p, second);
        assertTrue(!overlap(a, b), "labels apart");
        assertTrue(!overlap(a, new double[] {125, 95, 135, 105}), "off the other dot");
        assertTrue(!overlap(b, new double[] {125, 95, 135, 105}), "off the other dot");
    }

    @Test
    void aLabelKeepsOffAnArrowhead() {
        // A message arriving at (300, 100) from the left: its head lies just left of the dot.
        Shape.Wave message = new Shape.Wave(100, 100, 300, 100, false, Role.MESSAGE);
        Shape.Text t = new Shape.Text(300, 100, "r2  C=2", Shape.Anchor.RIGHT, Role.EVENT_LABEL);
        Placements p = LabelPlacement.place(List.of(message, dot(100, 100), dot(300, 100), t), 1, 1, null);
        double[] head = PixelShapes.arrowhead(100, 100, 300, 100);
        double[] b = box(p, t);
        double[] headBox = {Math.min(head[0], Math.min(head[2], head[4])), Math.min(head[1], Math.min(head[3], head[5])),
            Math.max(head[0], Math.max(head[2], head[4])), Math.max(head[1], Math.max(head[3], head[5]))};
        assertTrue(!overlap(b, headBox), java.util.Arrays.toString(b) + " on " + java.util.Arrays.toString(headBox));
        assertTrue(!BoxGrid.crosses(100, 100, 300, 100, b[0], b[1] - PixelShapes.AMPLITUDE, b[2],
                b[3] + PixelShapes.AMPLITUDE), "nor across the message");
    }

    @Test
    void withoutRoomALabelIsShortenedToItsClockThenItsId() {
        // Dots all round, 40 pixels apart across and 17 along: room for a short text only.
        List<Shape> shapes = new ArrayList<>();
        for (int i = -3; i <= 3; i++) {
            for (int j = -3; j <= 3; j++) {
                if (i != 0 || j != 0) {
                    shapes.add(dot(100 + i * 40, 100 + j * 17));
                }
            }
        }
        shapes.add(dot(100, 100));
        Shape.Text t = label(100, 100, "p1  C=1  a long description of the event");
        shapes.add(t);
        Placements p = LabelPlacement.place(shapes, 1, 1, null);
        assertEquals("p1", p.spot(t).text());
        assertEquals(List.of("p1  C=1  start", "p1  C=1", "p1"), LabelPlacement.shortenings("p1  C=1  start", true));
    }

    /** A message's stroke straight up at x, from far below (100, 100) to far above it. */
    private static Shape.Wave upright(double x) {
        return new Shape.Wave(x, 300, x, -100, false, Role.MESSAGE);
    }

    /** Whether a message's stroke, with its wave's swing, runs through box b. */
    private static boolean crossedBy(Shape.Wave w, double[] b) {
        double pad = PixelShapes.AMPLITUDE;
        return BoxGrid.crosses(w.x1(), w.y1(), w.x2(), w.y2(), b[0] - pad, b[1] - pad, b[2] + pad, b[3] + pad);
    }

    @Test
    void aLabelCrossedEverywhereNearItsDotGoesFurtherOutAlongItsRow() {
        // Messages pass upright a label's width and a half from the dot on both sides: every place near
        // the dot is crossed; two label heights out, past them, is not.
        double h = TextMetrics.height(Style.fontSize(Role.EVENT_LABEL));
        double d = DrawingBuilder.DOT_RADIUS + 7;
        Shape.Wave right = upright(100 + d + 1.5 * h - PixelShapes.AMPLITUDE);
        Shape.Wave left = upright(100 - d - 1.5 * h + PixelShapes.AMPLITUDE);
        Shape.Text t = label(100, 100, "p1  C=1");
        Placements p = LabelPlacement.place(List.of(right, left, dot(100, 100), t), 1, 1, null);
        double[] b = box(p, t);
        assertEquals("p1  C=1", p.spot(t).text());
        assertTrue(!crossedBy(right, b) && !crossedBy(left, b), java.util.Arrays.toString(b));
        assertEquals(100, (b[1] + b[3]) / 2, h, "on the dot's row, or nearly");
    }

    @Test
    void aLabelCrossedInEveryPlaceIsShortenedToItsIdWhereNoMessageCrossesIt() {
        // Messages close beside the dot leave room for the id between them; a second pair further out
        // crosses the places beyond. Only the id is read whole; its clock is in the hover text.
        double h = TextMetrics.height(Style.fontSize(Role.EVENT_LABEL));
        double idWidth = TextMetrics.width("p1", Style.fontSize(Role.EVENT_LABEL), false);
        double d = DrawingBuilder.DOT_RADIUS + 7;
        double near = d + idWidth + PixelShapes.AMPLITUDE + 2;
        double far = d + 2 * h + PixelShapes.AMPLITUDE + 6;
        List<Shape.Wave> messages = List.of(upright(100 + near), upright(100 - near), upright(100 + far),
                upright(100 - far));
        Shape.Text t = label(100, 100, "p1  C=1  start");
        List<Shape> shapes = new ArrayList<>(messages);
        shapes.add(dot(100, 100));
        shapes.add(t);
        Placements p = LabelPlacement.place(shapes, 1, 1, null);
        assertEquals("p1", p.spot(t).text());
        double[] b = box(p, t);
        for (Shape.Wave m : messages) {
            assertTrue(!crossedBy(m, b), java.util.Arrays.toString(b) + " crossed by the message at x=" + m.x1());
        }
    }

    @Test
    void amongCrossedPlacesOneThatWavesOnlyGrazeBeatsOneAStrokeRunsThrough() {
        // Every place is crossed. Near the dot one message runs through the text; two rows of label out,
        // two messages pass just clear of its edges, only their waves' swing reaching it.
        String text = "p1_1234";
        double h = TextMetrics.height(Style.fontSize(Role.EVENT_LABEL));
        double w = TextMetrics.width(text, Style.fontSize(Role.EVENT_LABEL), false);
        double out = DrawingBuilder.DOT_RADIUS + 7 + 2 * h;
        assertTrue(w > 2 * h + 2, "the text reaches past the near stroke from every near place");
        List<Shape.Wave> messages = List.of(upright(100 + out - 2), upright(100 + out + w + 2), upright(100 - out + 2),
                upright(100 - out - w - 2));
        Shape.Text t = label(100, 100, text);
        List<Shape> shapes = new ArrayList<>(messages);
        shapes.add(dot(100, 100));
        shapes.add(t);
        Placements p = LabelPlacement.place(shapes, 1, 1, null);
        double[] b = box(p, t);
        for (Shape.Wave m : messages) {
            assertTrue(!BoxGrid.crosses(m.x1(), m.y1(), m.x2(), m.y2(), b[0], b[1], b[2], b[3]),
                    java.util.Arrays.toString(b) + " run through by the message at x=" + m.x1());
        }
    }

    @Test
    void aLabelCrossedEvenAsItsIdKeepsItsClock() {
        // A message through the dot's right and left near places alike: no form escapes, so nothing is
        // gained by dropping the clock.
        Shape.Wave right = upright(100 + 8);
        Shape.Wave left = upright(100 - 8);
        Shape.Text t = label(100, 100, "p1  C=1");
        List<Shape> shapes = new ArrayList<>(List.of(right, left, dot(100, 100), t));
        for (int i = 1; i <= 8; i++) { // and more, a line height apart, out to either side
            shapes.add(upright(100 + 8 + i * 10));
            shapes.add(upright(100 - 8 - i * 10));
        }
        Placements p = LabelPlacement.place(shapes, 1, 1, null);
        assertEquals("p1  C=1", p.spot(t).text());
    }

    /** Dots 12 pixels apart all round (100, 100), one there, and the given label of the one in the middle. */
    private static List<Shape> crowdedAround(Shape.Text t) {
        List<Shape> shapes = new ArrayList<>();
        for (int i = -4; i <= 4; i++) {
            for (int j = -4; j <= 4; j++) {
                shapes.add(dot(100 + i * 12, 100 + j * 12));
            }
        }
        shapes.add(t);
        return shapes;
    }

    @Test
    void aLabelWithNoRoomEvenForItsIdIsHiddenAndCounted() {
        Shape.Text t = label(100, 100, "p1  C=1");
        Placements p = LabelPlacement.place(crowdedAround(t), 1, 1, null);
        assertNull(p.spot(t));
        assertEquals(List.of(t), p.hidden());
    }

    @Test
    void zoomingInGivesRoomBack() {
        Shape.Text t = label(100, 100, "p1  C=1");
        Placements p = LabelPlacement.place(crowdedAround(t), 8, TextScale.of(8, 1), null);
        assertNotNull(p.spot(t));
        assertEquals("p1  C=1", p.spot(t).text());
    }

    @Test
    void processNamesStayWhereTheyBelongAndLabelsGiveWay() {
        Shape.Text name = new Shape.Text(100, 100, "P", Shape.Anchor.BELOW, Role.PROCESS_NAME);
        Shape.Text t = new Shape.Text(100, 112, "p1  C=1", Shape.Anchor.ABOVE, Role.EVENT_LABEL);
        Placements p = LabelPlacement.place(List.of(dot(100, 112), name, t), 1, 1, null);
        double[] n = box(p, name);
        assertEquals(100, (n[0] + n[2]) / 2, 1e-9, "centred under the line's start");
        assertTrue(n[1] > 100, "below it");
        assertTrue(!overlap(n, box(p, t)));
    }

    @Test
    void onlyTheRegionsLabelsArePlaced() {
        Shape.Text in = label(100, 100, "p1  C=1");
        Shape.Text out = label(900, 100, "q1  C=1");
        Placements p = LabelPlacement.place(List.of(dot(100, 100), dot(900, 100), in, out), 1, 1,
                new double[] {0, 0, 500, 500});
        assertNotNull(p.spot(in));
        assertNull(p.spot(out));
        assertTrue(p.hidden().isEmpty(), "a label outside the region is not hidden, only not placed yet");
        assertTrue(p.covers(new double[] {10, 10, 400, 400}) && !p.covers(new double[] {10, 10, 600, 400}));
    }

    @Test
    void textsAndGapsGrowWithTheTextScale() {
        Shape.Text t = label(100, 100, "p1  C=1");
        LabelSpot plain = LabelPlacement.place(List.of(dot(100, 100), t), 1, 1, null).spot(t);
        LabelSpot large = LabelPlacement.place(List.of(dot(100, 100), t), 1, 1.6, null).spot(t);
        assertEquals(plain.size() * 1.6, large.size(), 1e-9);
        assertEquals(plain.width() * 1.6, large.width(), 1e-9);
        assertTrue(large.dx() > plain.dx(), "further from the bigger dot");
    }
}
