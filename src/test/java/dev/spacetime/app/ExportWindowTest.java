package dev.spacetime.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.Frame;
import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Shape;
import dev.spacetime.drawing.Style;
import dev.spacetime.export.ExportOptions;
import dev.spacetime.export.PictureFrame;
import dev.spacetime.fxpaint.PictureFiles;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** What you see is what you export: the selection and the step go into the picture. */
class ExportWindowTest extends WindowTestBase {
    @Test
    void aPngExportShowsTheSelectionAsTheScreenDoes() throws Exception {
        click(screenAt("q3"));
        Path png = dir.resolve("selected.png");
        Drawing drawing = fx(() -> app.editor().drawing());
        fx(() -> {
            PictureFiles.write(drawing, ExportOptions.DEFAULT, png);
            return null;
        });
        BufferedImage image = ImageIO.read(png.toFile());
        Frame f = PictureFrame.of(drawing, ExportOptions.DEFAULT).frame();
        for (Shape s : drawing.shapes()) {
            if (s instanceof Shape.Dot d) {
                int rgb = image.getRGB((int) Math.round(f.x(d.x())), (int) Math.round(f.y(d.y()))) & 0xffffff;
                assertTrue(Math.abs((rgb >> 16) - (Style.rgb(d.role()) >> 16)) < 30
                        && Math.abs((rgb & 0xff) - (Style.rgb(d.role()) & 0xff)) < 30, d.id() + " as " + d.role());
            }
        }
        assertEquals(Role.PAST, drawing.shapes().stream().filter(s -> s instanceof Shape.Dot d && "p1".equals(d.id()))
                .map(Shape::role).findFirst().orElseThrow());
    }

    @Test
    void aStepExportsWithItsRegistersAndCopyPutsAnImageOnTheClipboard() throws Exception {
        robot.clickOn("#diagram-canvas");
        keys(KeyCode.ESCAPE);
        keys(KeyCode.RIGHT);
        keys(KeyCode.RIGHT);
        Path svg = dir.resolve("step.svg");
        fx(() -> {
            PictureFiles.write(app.editor().drawing(), ExportOptions.DEFAULT, svg);
            return null;
        });
        String text = Files.readString(svg);
        // The registers are set C with the process's name as a subscript: "C<tspan …>P</tspan><tspan …> = 1</tspan>".
        String plain = text.replaceAll("<tspan[^>]*>", "").replace("</tspan>", "");
        assertTrue(plain.contains("CP = 1") && plain.contains("CQ = 1") && plain.contains("CR = 0"), "registers at step 2");
        assertTrue(text.contains(">P</tspan>"), "with the process as a subscript");
        keys(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.C);
        assertTrue(fx(() -> Clipboard.getSystemClipboard().hasImage()), "the diagram is on the clipboard");
    }

    @Test
    void theExportDialogPutsTitleLegendAndCaptionRoundThePictureAsItsBoxesSay() throws Exception {
        robot.clickOn("#diagram-canvas");
        keys(KeyCode.ESCAPE);
        keys(KeyCode.RIGHT); // stepping, so there is a step to explain in a caption
        keys(KeyCode.RIGHT);
        keys(KeyCode.SHORTCUT, KeyCode.E);
        javafx.scene.image.ImageView preview = robot.lookup("#export-preview").queryAs(javafx.scene.image.ImageView.class);
        javafx.scene.control.CheckBox legend = robot.lookup("#export-legend").queryAs(javafx.scene.control.CheckBox.class);
        javafx.scene.control.CheckBox title = robot.lookup("#export-title").queryAs(javafx.scene.control.CheckBox.class);
        javafx.scene.control.CheckBox caption = robot.lookup("#export-caption").queryAs(javafx.scene.control.CheckBox.class);
        assertTrue(!fx(caption::isDisabled), "while stepping there is a caption to give");
        java.util.function.Function<Boolean[], Double> height = boxes -> {
            try {
                return fx(() -> {
                    legend.setSelected(boxes[0]);
                    title.setSelected(boxes[1]);
                    caption.setSelected(boxes[2]);
                    return preview.getImage().getHeight();
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        double bare = height.apply(new Boolean[] {false, false, false});
        double titled = height.apply(new Boolean[] {false, true, false});
        double legended = height.apply(new Boolean[] {true, false, false});
        double captioned = height.apply(new Boolean[] {false, false, true});
        double all = height.apply(new Boolean[] {true, true, true});
        assertTrue(titled > bare && legended > bare && captioned > bare,
                "each box adds its band: " + bare + " " + titled + " " + legended + " " + captioned);
        // Title and legend share the band above (one padding); the caption has the band below. Where the
        // texts lie in those bands is RenderMarginsTest's to check; here, all three take more room than any one.
        assertTrue(all > Math.max(titled, Math.max(legended, captioned)), "all three together: " + all);
        keys(KeyCode.ESCAPE); // cancel: nothing is written
    }
}
