package dev.spacetime.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.app.document.TextSize;
import dev.spacetime.app.panels.PaperText;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Text size and presentation mode: the keys and menu items, what the canvas is told, what is shown. */
class PresentationWindowTest extends WindowTestBase {
    @Test
    void hugeTextIsDrawnAtOnePointSevenAndRememberedNextTime() throws Exception {
        fx(() -> {
            menuItem("View", "Text size", "Huge").fire();
            return null;
        });
        assertEquals(TextSize.HUGE, fx(() -> app.view().textSize.get()));
        assertEquals(1.7, fx(() -> app.canvas().textFactor()), 1e-9);

        AppWindow.stop(app);
        app = AppWindow.start(settings, file.toString());
        assertEquals(TextSize.HUGE, fx(() -> app.view().textSize.get()), "the next run starts at the size chosen");
        assertEquals(1.7, fx(() -> app.canvas().textFactor()), 1e-9);
    }

    @Test
    void ctrlAltEqualsAndMinusStepThroughTheSizesAndStopAtTheEnds() throws Exception {
        robot.clickOn("#diagram-canvas");
        double[] up = new double[3];
        for (int i = 0; i < 3; i++) {
            keys(KeyCode.SHORTCUT, KeyCode.ALT, KeyCode.EQUALS);
            up[i] = fx(() -> app.canvas().textFactor());
        }
        assertArrayEquals(new double[] {1.3, 1.7, 1.7}, up, 1e-9, "Large, Huge, and Huge stays");
        double[] down = new double[4];
        for (int i = 0; i < 4; i++) {
            keys(KeyCode.SHORTCUT, KeyCode.ALT, KeyCode.MINUS);
            down[i] = fx(() -> app.canvas().textFactor());
        }
        assertArrayEquals(new double[] {1.3, 1, 0.85, 0.85}, down, 1e-9, "down to Small, which stays");
        assertEquals(TextSize.SMALL.name(), settings.get("textSize", null));
    }

    @Test
    void f11PresentsTheDiagramAloneFullScreenAndLargerAndF11BringsEverythingBack() throws Exception {
        click(screenAt("q3")); // the legend explains the colours
        keys(KeyCode.SHORTCUT, KeyCode.ALT, KeyCode.EQUALS); // Large
        assertTrue(fx(() -> app.legend().node().isVisible()));
        double[] dividers = fx(() -> splitPane().getDividerPositions());
        double canvasWidth = fx(() -> app.canvas().getWidth());
        keys(KeyCode.F11);
        assertTrue(fx(() -> app.view().presentation.get()));
        assertTrue(fx(stage::isFullScreen), "Monocle's stage does go full screen");
        assertEquals(1.3 * 1.6, fx(() -> app.canvas().textFactor()), 1e-9);
        for (Node panel : panels()) {
            assertFalse(fx(() -> panel.isVisible() || panel.isManaged()), panel + " put away");
        }
        assertFalse(fx(() -> inScene(app.totalOrder().node()) || inScene(app.inspector().node())), "⇒ and the inspector put away");
        assertFalse(fx(() -> app.legend().node().isVisible()), "no legend");
        click(screenAt("r3"));
        assertFalse(fx(() -> app.legend().node().isVisible()), "nor after a click on another event");
        assertTrue(fx(() -> app.canvas().getWidth()) > fx(() -> stage.getScene().getWidth()) - 10, "the diagram fills the width");

        keys(KeyCode.F11);
        assertFalse(fx(() -> app.view().presentation.get()));
        assertFalse(fx(stage::isFullScreen));
        assertEquals(1.3, fx(() -> app.canvas().textFactor()), 1e-9);
        for (Node panel : panels()) {
            assertTrue(fx(() -> panel.isVisible() && panel.isManaged()), panel + " back");
        }
        assertArrayEquals(dividers, fx(() -> splitPane().getDividerPositions()), 1e-9);
        assertEquals(canvasWidth, fx(() -> app.canvas().getWidth()), "the diagram as wide as before");
        assertTrue(fx(() -> inScene(app.totalOrder().node()) && inScene(app.inspector().node())));
        assertTrue(fx(() -> app.legend().node().isVisible()));
    }

    @Test
    void escapeLeavesPresentationModeAndKeepsTheSelectionThenSelectsNothing() throws Exception {
        click(screenAt("q3"));
        keys(KeyCode.F11);
        keys(KeyCode.ESCAPE);
        assertFalse(fx(() -> app.view().presentation.get()), "Escape leaves presentation mode");
        assertFalse(fx(stage::isFullScreen));
        assertTrue(fx(() -> panels().get(0).isVisible()));
        assertEquals(List.of("q3"), fx(() -> List.copyOf(app.editor().selection().events())), "that Escape only left");
        keys(KeyCode.ESCAPE);
        assertTrue(fx(() -> app.editor().selection().isEmpty()), "the next one selects nothing, as always");
    }

    @Test
    void leavingFullScreenAnyOtherWayLeavesPresentationMode() throws Exception {
        robot.clickOn("#diagram-canvas");
        keys(KeyCode.F11);
        fx(() -> {
            stage.setFullScreen(false); // as the window manager might
            return null;
        });
        assertFalse(fx(() -> app.view().presentation.get()));
        assertEquals(1.0, fx(() -> app.canvas().textFactor()), 1e-9);
        assertTrue(fx(() -> panels().get(0).isVisible()));
    }

    @Test
    void whilePresentingTheKeysStillStepAndTheStepIsExplainedInLargeType() throws Exception {
        robot.clickOn("#diagram-canvas");
        keys(KeyCode.F5);
        PaperText explanation = fx(() -> (PaperText) stage.getScene().lookup("#step-explanation"));
        double normal = fx(() -> explanation.getFont().getSize());
        keys(KeyCode.F11);
        keys(KeyCode.RIGHT);
        keys(KeyCode.RIGHT);
        assertEquals(2, (int) fx(() -> app.editor().player().cursor()), "the hidden menu's keys still work");
        assertTrue(fx(() -> app.stepBar().node().isVisible()), "the step bar stays");
        assertTrue(fx(() -> explanation.isVisible() && explanation.getHeight() > 0));
        assertTrue(fx(() -> explanation.getFont().getSize()) >= normal * 1.5, "large type: " + fx(() -> explanation.getFont().getSize()));
        Node scrubber = fx(() -> stage.getScene().lookup("#step-scrubber"));
        assertFalse(fx(() -> scrubber.getParent().isVisible()), "the controls put away");
        double large = fx(() -> explanation.getFont().getSize());
        keys(KeyCode.SHORTCUT, KeyCode.ALT, KeyCode.EQUALS);
        assertEquals(1.3 * 1.6, fx(() -> app.canvas().textFactor()), 1e-9, "a larger size while presenting");
        assertTrue(fx(() -> explanation.getFont().getSize()) > large, "the explanation grows with it");
        keys(KeyCode.F11);
        assertEquals(normal, fx(() -> explanation.getFont().getSize()), 1e-9);
        assertTrue(fx(() -> scrubber.getParent().isVisible()));
    }

    @Test
    void findLeavesPresentationModeSoItsFieldCanBeSeen() throws Exception {
        robot.clickOn("#diagram-canvas");
        keys(KeyCode.F11);
        keys(KeyCode.SHORTCUT, KeyCode.F);
        assertFalse(fx(() -> app.view().presentation.get()));
        assertTrue(fx(() -> stage.getScene().getFocusOwner() == stage.getScene().lookup("#search-field")
                && stage.getScene().getFocusOwner().isVisible()));
    }

    @Test
    void theSheetListsTheNewKeysWithinItsWidth() throws Exception {
        MenuBar bar = fx(() -> (MenuBar) stage.getScene().lookup(".menu-bar"));
        String sheet = fx(() -> ShortcutSheet.text(bar));
        List<String> lines = List.of(sheet.split("\n"));
        assertTrue(lines.stream().anyMatch(l -> l.contains("Ctrl+Alt+=") && l.contains("View → Text size → Larger")), sheet);
        assertTrue(lines.stream().anyMatch(l -> l.contains("Ctrl+Alt+-") && l.contains("View → Text size → Smaller")), sheet);
        assertTrue(lines.stream().anyMatch(l -> l.contains("F11") && l.contains("View → Presentation mode")), sheet);
        for (String line : lines) {
            assertTrue(line.length() <= ShortcutSheet.COLUMNS, "no sideways scrolling: " + line);
        }
    }

    /** The menus and Find above, the status line. */
    private List<Node> panels() throws Exception {
        return fx(() -> List.of(((javafx.scene.layout.BorderPane) stage.getScene().getRoot()).getTop(), app.status().node()));
    }

    /** The item at the end of a path of menu texts (the robot cannot click through submenus reliably headless). */
    private javafx.scene.control.MenuItem menuItem(String... path) {
        MenuBar bar = (MenuBar) stage.getScene().lookup(".menu-bar");
        List<? extends javafx.scene.control.MenuItem> items = bar.getMenus();
        javafx.scene.control.MenuItem found = null;
        for (String text : path) {
            found = items.stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow(() -> new AssertionError(text));
            items = found instanceof javafx.scene.control.Menu m ? m.getItems() : List.of();
        }
        return found;
    }

    private SplitPane splitPane() {
        return (SplitPane) ((javafx.scene.layout.BorderPane) stage.getScene().getRoot()).getCenter();
    }

    private boolean inScene(Node node) {
        return node.getScene() == stage.getScene();
    }
}
