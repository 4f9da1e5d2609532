package dev.spacetime.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.model.MessageRef;
import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Shape;
import dev.spacetime.fxpaint.Theme;
import dev.spacetime.layout.DiagramLayout;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** What is selected shows wherever the class looks: on the canvas, in the ⇒ table, in the status line. */
class SelectionShownWindowTest extends WindowTestBase {
    private static final Color HIGHLIGHT = Theme.colour(Role.SELECTED_PROCESS);

    @Test
    void aSelectedProcessHasItsLineAndNameHighlighted() throws Exception {
        assertEquals(0, count(snapshot(), HIGHLIGHT), "nothing highlighted before");
        DiagramLayout layout = layout();
        click(screenAt(1, layout.startTime() - 12 / layout.timeScale())); // Q's name, under its line
        assertEquals("Q", fx(() -> app.editor().selection().processProperty().get()));
        WritableImage image = snapshot();
        assertTrue(close(colourBetween(image, "q3", "q4"), HIGHLIGHT), "Q's line is drawn in the highlight colour");
        assertTrue(count(image, HIGHLIGHT) > 400, "along its whole length, and its name");
        assertTrue(fx(() -> app.editor().drawing().shapes().stream()
                .anyMatch(s -> s.role() == Role.SELECTED_NAME && ((Shape.Text) s).text().equals("Q"))),
                "an export of the selection shows it too");
        assertTrue(fx(() -> app.legend().entries()).contains("selected process"));
    }

    @Test
    void aSelectedMessageHasItsWaveHighlighted() throws Exception {
        Point2D send = screenAt("q4");
        Point2D receive = screenAt("r3");
        click(send.add(receive.subtract(send).multiply(0.5)));
        assertEquals(new MessageRef("q4", "r3"), fx(() -> app.editor().selection().messageProperty().get()));
        int along = count(snapshot(), HIGHLIGHT);
        double length = send.distance(receive);
        assertTrue(along > length * 2, "the message q4 → r3 is drawn thick in the highlight colour: " + along);
        assertTrue(fx(() -> app.editor().drawing().shapes().stream()
                .anyMatch(s -> s.role() == Role.SELECTED_MESSAGE && new MessageRef("q4", "r3").equals(((Shape.Wave) s).message()))));
    }

    @Test
    void theTotalOrderTableFollowsTheCanvasAndFind() throws Exception {
        click(screenAt("q3"));
        assertEquals(rank("q3"), selectedRank(), "the ⇒ table marks the event clicked on the canvas");
        assertTrue(rowShown(rank("q3")), "and its row is in view");
        Color marked = rowBackground(rank("q3"));
        assertTrue(marked.getSaturation() > 0.1, "in a colour, not a grey that a projector washes out: " + marked);

        robot.clickOn("#diagram-canvas");
        keys(KeyCode.SHORTCUT, KeyCode.F);
        robot.write("r4");
        keys(KeyCode.ENTER);
        assertEquals(List.of("r4"), fx(() -> List.copyOf(app.editor().selection().events())));
        assertEquals(rank("r4"), selectedRank(), "the row follows Find");
        assertTrue(rowShown(rank("r4")));
    }

    @Test
    void aSelectedTieRowIsReadableAndLooksSelected() throws Exception {
        int tie = fx(() -> {
            TableView<Integer> table = app.totalOrder().table();
            TableColumn<Integer, ?> note = table.getColumns().get(table.getColumns().size() - 1);
            for (int r = 0; r < table.getItems().size(); r++) {
                if (!String.valueOf(note.getCellData(r)).isEmpty()) {
                    return r;
                }
            }
            return -1;
        });
        assertTrue(tie >= 0, "Figure 1 has a tie");
        Color plain = rowBackground(tie);
        String id = fx(() -> app.totalOrder().ids().get(tie));

        click(screenAt(id)); // selected from the canvas: the table is not focused
        assertEquals(tie, selectedRank());
        assertReadableAndMarked(tie, plain);

        robot.clickOn(row(tie)); // clicked in the table itself, which then has the focus
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(id), fx(() -> List.copyOf(app.editor().selection().events())));
        assertReadableAndMarked(tie, plain);
    }

    @Test
    void theRelationOfTwoEventsIsShownWholeAt1280Pixels() throws Exception {
        fx(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        double before = fx(() -> app.status().node().getHeight());
        click(screenAt("p3"));
        robot.press(KeyCode.CONTROL);
        click(screenAt("r2"));
        robot.release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String full = fx(() -> app.status().text());
        assertTrue(full.startsWith("p3 ‖ r2: concurrent") && full.endsWith("⇒ puts r2 before p3"), full);
        Label label = fx(() -> (Label) stage.getScene().lookup("#status-text"));
        String shown = fx(() -> label.lookupAll(".text").stream().filter(Text.class::isInstance)
                .map(n -> ((Text) n).getText()).findFirst().orElse(""));
        assertTrue(fx(() -> new Text(full).getLayoutBounds().getWidth() > label.getWidth()),
                "the relation is longer than one line at this width");
        assertEquals(full, shown, "nothing is cut off with an ellipsis");
        assertTrue(fx(() -> label.lookupAll(".text").stream().allMatch(n -> n.getBoundsInParent().getMaxY()
                <= label.getHeight() + 1)), "every line fits the status bar's height");
        assertEquals(before, fx(() -> app.status().node().getHeight()), 0.5, "the canvas above does not jump");
        assertEquals(full, fx(() -> label.getTooltip().getText()), "the tooltip holds the whole text");
    }

    private void assertReadableAndMarked(int rank, Color plain) throws Exception {
        Color background = rowBackground(rank);
        Color text = fx(() -> (Color) ((TableCell<?, ?>) row(rank).getChildrenUnmodifiable().get(1)).getTextFill());
        assertTrue(contrast(text, background) >= 4.5, "text " + text + " on " + background + " can be read");
        assertTrue(Math.abs(luminance(background) - luminance(plain)) > 0.05 || hueapart(background, plain),
                "the selected row " + background + " stands out from the tie shading " + plain);
    }

    private int rank(String id) throws Exception {
        return fx(() -> app.editor().analysis().totalOrder().rank(app.editor().analysis().indexOf(id)));
    }

    private int selectedRank() throws Exception {
        Integer r = fx(() -> app.totalOrder().table().getSelectionModel().getSelectedItem());
        return r == null ? -1 : r;
    }

    private TableRow<?> row(int rank) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> (TableRow<?>) app.totalOrder().table().lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> row && Integer.valueOf(rank).equals(row.getItem()) && n.isVisible())
                .findFirst().orElse(null));
    }

    /** Whether the row is laid out inside the table's visible part. */
    private boolean rowShown(int rank) throws Exception {
        TableRow<?> row = row(rank);
        return row != null && fx(() -> {
            TableView<Integer> table = app.totalOrder().table();
            var box = table.sceneToLocal(row.localToScene(row.getBoundsInLocal()));
            return box.getMinY() >= 0 && box.getMaxY() <= table.getHeight();
        });
    }

    private Color rowBackground(int rank) throws Exception {
        TableRow<?> row = row(rank);
        return fx(() -> {
            var fills = row.getBackground().getFills();
            return (Color) fills.get(fills.size() - 1).getFill();
        });
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** WCAG contrast ratio. */
    private static double contrast(Color a, Color b) {
        double x = luminance(a);
        double y = luminance(b);
        return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    }

    private static boolean hueapart(Color a, Color b) {
        return Math.abs(a.getHue() - b.getHue()) > 60 && a.getSaturation() > 0.15;
    }

    /** The colour painted on the line halfway between two events of one process. */
    private Color colourBetween(WritableImage image, String a, String b) throws Exception {
        double[] px = fx(() -> {
            DiagramLayout l = layout();
            int x = l.analysis().indexOf(a);
            int y = l.analysis().indexOf(b);
            return app.canvas().toPixels((l.eventX(x) + l.eventX(y)) / 2, (l.eventY(x) + l.eventY(y)) / 2);
        });
        return image.getPixelReader().getColor((int) Math.round(px[0]), (int) Math.round(px[1]));
    }
}
