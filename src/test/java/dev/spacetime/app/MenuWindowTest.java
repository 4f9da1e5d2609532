package dev.spacetime.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.fxpaint.Theme;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/** Every action has a shortcut, the shortcut sheet lists them all, and F1 opens it. */
class MenuWindowTest extends WindowTestBase {
    @Test
    void everyMenuActionHasAShortcutListedInTheSheet() throws Exception {
        MenuBar bar = fx(() -> (MenuBar) stage.getScene().lookup(".menu-bar"));
        List<String> missing = new ArrayList<>();
        String sheet = fx(() -> ShortcutSheet.text(bar));
        fx(() -> {
            for (Menu menu : bar.getMenus()) {
                for (MenuItem item : menu.getItems()) {
                    if (item instanceof SeparatorMenuItem || item instanceof Menu || item.getText().startsWith("About")) {
                        continue;
                    }
                    if (item.getAccelerator() == null) {
                        missing.add(menu.getText() + " → " + item.getText());
                    } else {
                        assertTrue(sheet.contains(ShortcutSheet.printed(item.getAccelerator().getDisplayText())), item.getText());
                    }
                }
            }
            return null;
        });
        assertEquals(List.of(), missing, "menu items without a shortcut");
        assertTrue(sheet.contains("Drag from an event or a line"), "the sheet explains the mouse too");
    }

    @Test
    void f1OpensTheShortcutSheet() throws Exception {
        robot.clickOn("#diagram-canvas");
        keys(KeyCode.F1);
        List<Window> windows = fx(() -> List.copyOf(Window.getWindows()));
        assertEquals(2, windows.size(), "the sheet opened beside the main window");
        TextArea text = fx(() -> (TextArea) windows.stream().filter(w -> w != stage).findFirst().orElseThrow()
                .getScene().lookup(".text-area"));
        assertNotNull(text);
        assertTrue(fx(text::getText).contains("Edit → Undo"));
    }

    @Test
    void pairLinesSayHowManyAreShownAndASelectedEventKeepsOnlyItsOwn() throws Exception {
        robot.clickOn("#diagram-canvas");
        keys(KeyCode.ESCAPE);
        keys(KeyCode.SHORTCUT, KeyCode.K);
        long pairs = fx(() -> app.editor().analysis().pairCounts().concurrent());
        assertTrue(fx(() -> app.legend().entries()).contains(pairs + " concurrent pairs"), fx(() -> app.legend().entries())
                .toString());
        int all = count(snapshot(), Theme.colour(dev.spacetime.drawing.Role.CONCURRENT_PAIR));
        assertTrue(all > 200, all + " pixels of pair lines");
        click(screenAt("q3"));
        assertTrue(fx(() -> app.legend().entries()).contains(pairs + " concurrent pairs; q3 is concurrent with 4 events, "
                + "joined to it"), fx(() -> app.legend().entries()).toString());
        long lines = fx(() -> app.editor().drawing().shapes().stream()
                .filter(s -> s.role() == dev.spacetime.drawing.Role.CONCURRENT_PAIR).count());
        assertEquals(4, lines, "a line from q3 to each of the 4 events concurrent with it, no others");
    }

    @Test
    void openingAShivizLogImportsItAsANewDiagramWithNoFileYet() throws Exception {
        open(java.nio.file.Path.of("examples", "govector-client-server.log"));
        assertEquals(11, (int) fx(() -> app.editor().document().diagram().eventCount()));
        assertEquals(null, fx(() -> app.editor().document().file()), "Save asks where rather than overwrite the log");
        assertEquals("govector-client-server — Spacetime", fx(stage::getTitle), "read from disk, not edited: nothing to save yet");
    }

    @Test
    void aLogWithSkippedTextOpensAndTheStatusLineSaysWhatWasSkipped() throws Exception {
        open(java.nio.file.Path.of("src", "test", "resources", "shiviz", "unmatched-text.log"));
        assertEquals(6, (int) fx(() -> app.editor().document().diagram().eventCount()));
        String status = fx(() -> app.status().text());
        assertTrue(status.startsWith("Skipped 3 stretches of text") && status.contains("the first at line 3"), status);
    }

    @Test
    void findWalksThroughTheMatchesAndSelectsThem() throws Exception {
        robot.clickOn("#diagram-canvas");
        keys(KeyCode.SHORTCUT, KeyCode.F);
        robot.write("r");
        keys(KeyCode.ENTER);
        assertEquals(List.of("r1"), fx(() -> List.copyOf(app.editor().selection().events())));
        assertEquals("1 of 4", fx(() -> ((javafx.scene.control.Label) stage.getScene().lookup("#search-count")).getText()));
        keys(KeyCode.ENTER);
        assertEquals(List.of("r2"), fx(() -> List.copyOf(app.editor().selection().events())));
        keys(KeyCode.SHIFT, KeyCode.ENTER);
        keys(KeyCode.SHIFT, KeyCode.ENTER);
        assertEquals(List.of("r4"), fx(() -> List.copyOf(app.editor().selection().events())), "previous wraps round");
    }

    @Test
    void hidingAProcessClosesUpTheLinesAndShowsImpliedArcs() throws Exception {
        robot.clickOn("#diagram-canvas");
        var layout = fx(() -> app.editor().layout());
        double before = layout.startTime() - 12 / layout.timeScale();
        click(screenAt(1, before)); // Q's name, under its line
        assertEquals("Q", fx(() -> app.editor().selection().processProperty().get()));
        keys(KeyCode.SHORTCUT, KeyCode.H);
        assertEquals(2, (int) fx(() -> app.editor().layout().shownProcesses()));
        assertTrue(fx(() -> app.legend().entries()).contains("through hidden Q"));
        assertTrue(count(snapshot(), Theme.colour(dev.spacetime.drawing.Role.IMPLIED)) > 50, "implied arcs painted");
        keys(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.H);
        assertEquals(3, (int) fx(() -> app.editor().layout().shownProcesses()));
    }

    @Test
    void theSheetNamesKeysAsPrintedOnAKeyboardAndFitsItsWidth() throws Exception {
        MenuBar bar = fx(() -> (MenuBar) stage.getScene().lookup(".menu-bar"));
        String sheet = fx(() -> ShortcutSheet.text(bar));
        assertFalse(sheet.contains("BRACKET"), sheet);
        assertTrue(sheet.contains("]  ") && sheet.contains("[  "), "Faster and Slower on ] and [");
        for (String line : sheet.split("\n")) {
            assertTrue(line.length() <= ShortcutSheet.COLUMNS, "no sideways scrolling: " + line);
        }
    }

    @Test
    void escapeSelectsNothing() throws Exception {
        click(screenAt("q3"));
        assertEquals(List.of("q3"), fx(() -> List.copyOf(app.editor().selection().events())));
        keys(KeyCode.ESCAPE);
        assertTrue(fx(() -> app.editor().selection().isEmpty()), "Escape clears the selection");
    }

    @Test
    void afterOpeningAFileTheCanvasHasTheKeys() throws Exception {
        robot.clickOn("#total-order");
        open(java.nio.file.Path.of("examples", "false-ordering.json"));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> stage.getScene().getFocusOwner() == app.canvas()),
                "Ctrl+↑, → and the other canvas keys work at once, not the table's");
    }
}
