package dev.spacetime.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** What a class reads in its first hour: words rather than constants, and messages about what is on the screen now. */
class WordsWindowTest extends WindowTestBase {
    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z]+_[A-Z_]+\\b");

    @Test
    void theMutualExclusionDialogOffersItsAlgorithmsInWords() throws Exception {
        robot.clickOn("#diagram-canvas");
        keys(KeyCode.SHORTCUT, KeyCode.ALT, KeyCode.M);
        List<String> shown = fx(() -> {
            ChoiceBox<?> box = robot.lookup("#mutex-variant").queryAs(ChoiceBox.class);
            List<String> texts = new ArrayList<>();
            for (Object item : box.getItems()) {
                @SuppressWarnings("unchecked")
                String text = ((javafx.util.StringConverter<Object>) box.getConverter()).toString(item);
                texts.add(text);
            }
            for (var node : box.lookupAll(".label")) {
                texts.add(((Labeled) node).getText());
            }
            return texts;
        });
        keys(KeyCode.ESCAPE);
        assertTrue(shown.size() >= 4, shown.toString());
        for (String text : shown) {
            assertFalse(CONSTANT.matcher(text).find(), "a constant's name shown: " + text);
        }
        assertTrue(shown.contains("The paper's algorithm"), shown.toString());
    }

    @Test
    void copyingThePictureSaysSoInTheStatusLine() throws Exception {
        robot.clickOn("#diagram-canvas");
        keys(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.C);
        assertTrue(fx(() -> javafx.scene.input.Clipboard.getSystemClipboard().hasImage()));
        assertEquals("Picture copied to the clipboard", fx(() -> app.status().text()));
    }

    @Test
    void aRefusedDragNamesTheNewEventAsWhatItIsNotByAnIdNoEventHas() throws Exception {
        drag(screenAt("q6"), screenAt(0, 10)); // a new receive on P at time 10, before q6 (time 50) sends
        String reason = fx(() -> app.pointer().lastRefusal());
        assertTrue(reason != null && reason.contains("a new event on P"), reason);
        assertFalse(reason.matches("(?s).*\\bp5\\b.*"), "p5 does not exist: " + reason);
    }

    @Test
    void hidingAProcessNoMessagePassesThroughPromisesNoArcsInTheLegend() throws Exception {
        robot.clickOn("#diagram-canvas");
        var layout = fx(() -> app.editor().layout());
        double before = layout.startTime() - 12 / layout.timeScale();
        click(screenAt(2, before)); // R's name, under its line
        assertEquals("R", fx(() -> app.editor().selection().processProperty().get()));
        keys(KeyCode.SHORTCUT, KeyCode.H);
        assertEquals(2, (int) fx(() -> app.editor().layout().shownProcesses()));
        boolean drawn = fx(() -> app.editor().drawing().shapes().stream()
                .anyMatch(s -> s.role() == dev.spacetime.drawing.Role.IMPLIED));
        assertFalse(drawn, "in Figure 1 nothing reaches from P or Q through R back to them");
        List<String> legend = fx(() -> app.legend().entries());
        assertFalse(legend.stream().anyMatch(t -> t.contains("through hidden")), legend.toString());
    }

    @Test
    void openingAnotherFileEmptiesTheFindField() throws Exception {
        robot.clickOn("#diagram-canvas");
        keys(KeyCode.SHORTCUT, KeyCode.F);
        robot.write("r");
        keys(KeyCode.ENTER);
        assertEquals("1 of 4", fx(() -> ((Labeled) stage.getScene().lookup("#search-count")).getText()));
        Path other = dir.resolve("mutex.json");
        Files.copy(Path.of("examples", "mutual-exclusion.json"), other);
        open(other);
        assertEquals("", fx(() -> ((TextField) stage.getScene().lookup("#search-field")).getText()));
        assertEquals("", fx(() -> ((Labeled) stage.getScene().lookup("#search-count")).getText()),
                "no count left from Figure 1");
    }

    @Test
    void theInspectorShowsATimeRoundedForReadingAndTheFileKeepsItWhole() throws Exception {
        Path timed = dir.resolve("timed.json");
        Files.writeString(timed, "{\"format\": \"spacetime\", \"version\": 1, \"title\": \"t\", \"processes\": "
                + "[{\"name\": \"P\", \"events\": [{\"id\": \"p1\", \"time\": 8.165224}]}], \"messages\": []}");
        open(timed);
        fx(() -> {
            app.editor().selection().selectEvent("p1");
            return null;
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = fx(() -> app.inspector().node().lookupAll(".text-field").stream()
                .map(n -> ((TextField) n).getText()).toList());
        assertTrue(texts.contains("8.165"), texts.toString());
        assertFalse(texts.contains("8.165224"), texts.toString());
        assertEquals(8.165224, fx(() -> {
            var d = app.editor().document().diagram();
            return d.eventTime(d.findEvent("p1"));
        }));
    }
}
