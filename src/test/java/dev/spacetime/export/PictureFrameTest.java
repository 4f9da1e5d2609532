package dev.spacetime.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.LabelSpot;
import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An exported picture holds its texts where the placement put them: margins widen for them, but never squash the drawing. */
class PictureFrameTest {
    private static Drawing withLabel(double x, String text) {
        return new Drawing(List.of(new Shape.Line(0, 0, 0, 100, false, Role.PROCESS_LINE),
                new Shape.Line(1000, 0, 1000, 100, false, Role.PROCESS_LINE),
                new Shape.Dot(x, 50, 5, Role.EVENT),
                new Shape.Text(x, 50, text, Shape.Anchor.LEFT, Role.EVENT_LABEL)), new double[] {0, 0, 1000, 100});
    }

    /** The label's box on the picture: {x1, y1, x2, y2}. */
    private static double[] labelBox(Drawing drawing, PictureFrame picture) {
        Shape.Text label = (Shape.Text) drawing.shapes().get(3);
        LabelSpot spot = picture.placements().spot(label);
        assertNotNull(spot, "the label is drawn");
        return spot.box(picture.frame().x(label.x()), picture.frame().y(label.y()));
    }

    @Test
    void atItsNaturalSizeAPictureHoldsALabelBesideTheLastProcess() {
        Drawing drawing = withLabel(1000, "carol4  C=8  Received the new leader of term 2");
        PictureFrame picture = PictureFrame.of(drawing, ExportOptions.DEFAULT);
        double[] box = labelBox(drawing, picture);
        assertTrue(box[0] > picture.frame().x(1000), "beside the event, right of it");
        assertTrue(box[2] <= picture.width(), box[2] + " > " + picture.width());
        assertEquals("carol4  C=8  Received the new leader of term 2", picture.placements().spot(
                (Shape.Text) drawing.shapes().get(3)).text(), "whole");
    }

    @Test
    void aChosenWidthKeepsTheDrawingAtLeastHalfOfItHoweverLongTheLabels() {
        PictureFrame picture = PictureFrame.of(withLabel(950, "x".repeat(100)), new ExportOptions(800, 1, false));
        assertEquals(800, picture.width());
        double drawn = picture.frame().x(1000) - picture.frame().x(0);
        assertTrue(drawn >= 400 - 1, "the drawing is " + drawn + " pixels wide");
    }

    @Test
    void aChosenWidthMakesRoomForAModestLabel() {
        Drawing drawing = withLabel(1000, "r4  C=6  done");
        PictureFrame picture = PictureFrame.of(drawing, new ExportOptions(600, 1, false));
        double[] box = labelBox(drawing, picture);
        assertTrue(box[0] >= 0 && box[2] <= picture.width(), box[0] + "–" + box[2] + " on " + picture.width());
    }

    @Test
    void textsGrowWithTheTextSize() {
        Drawing drawing = withLabel(1000, "r4  C=6  done");
        double plain = labelBox(drawing, PictureFrame.of(drawing, ExportOptions.DEFAULT))[3]
                - labelBox(drawing, PictureFrame.of(drawing, ExportOptions.DEFAULT))[1];
        PictureFrame slides = PictureFrame.of(drawing, new ExportOptions(0, 1, false, 1.6));
        double[] box = labelBox(drawing, slides);
        assertEquals(plain * 1.6, box[3] - box[1], 1e-9);
        assertTrue(box[2] <= slides.width(), "and still fit");
    }
}
