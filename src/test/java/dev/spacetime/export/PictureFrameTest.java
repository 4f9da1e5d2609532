package dev.spacetime.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.PixelShapes;
import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Shape;
import dev.spacetime.drawing.Style;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An exported picture holds its texts: margins widen for them, but never squash the drawing. */
class PictureFrameTest {
    private static Drawing withLabel(double x, String text) {
        return new Drawing(List.of(new Shape.Line(0, 0, 0, 100, false, Role.PROCESS_LINE),
                new Shape.Line(1000, 0, 1000, 100, false, Role.PROCESS_LINE),
                new Shape.Text(x, 50, text, Shape.Anchor.LEFT, Role.EVENT_LABEL)), new double[] {0, 0, 1000, 100});
    }

    @Test
    void atItsNaturalSizeAPictureHoldsALabelBesideTheLastProcess() {
        String text = "carol4  C=8  Received the new leader of term 2";
        PictureFrame picture = PictureFrame.of(withLabel(1000, text), ExportOptions.DEFAULT);
        double labelEnd = picture.frame().x(1000) + PixelShapes.GAP + text.length() * Style.fontSize(Role.EVENT_LABEL) * 0.6;
        assertTrue(labelEnd <= picture.width(), labelEnd + " > " + picture.width());
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
        String text = "r4  C=6  done";
        PictureFrame picture = PictureFrame.of(withLabel(1000, text), new ExportOptions(600, 1, false));
        double labelEnd = picture.frame().x(1000) + PixelShapes.GAP + text.length() * Style.fontSize(Role.EVENT_LABEL) * 0.6;
        assertTrue(labelEnd <= picture.width(), labelEnd + " > " + picture.width());
    }
}
