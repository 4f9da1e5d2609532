package dev.spacetime.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.app.document.Player;
import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Shape;
import dev.spacetime.step.Linearization;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Stepping through an execution in the real window. */
class StepWindowTest extends WindowTestBase {
    private String registers() throws Exception {
        return fx(() -> app.stepBar().registers());
    }

    private String explanation() throws Exception {
        return fx(() -> app.stepBar().explanation());
    }

    /** What hovering over a part of the step bar shows: its text whole, since the bar holds a fixed number of lines. */
    private String whole(String id) throws Exception {
        return fx(() -> {
            javafx.scene.Node node = app.stepBar().node().lookup(id);
            javafx.scene.control.Tooltip tip = (javafx.scene.control.Tooltip) node.getProperties()
                    .get("javafx.scene.control.Tooltip");
            return tip == null ? "" : ((dev.spacetime.app.panels.PaperText) tip.getGraphic()).getText();
        });
    }

    @Test
    void hoveringOverTheExplanationOrTheRegistersGivesThemWhole() throws Exception {
        robot.clickOn("#diagram-canvas");
        keys(KeyCode.ESCAPE);
        keys(KeyCode.RIGHT);
        keys(KeyCode.RIGHT);
        assertTrue(explanation().startsWith("Step 2 of 15"), explanation());
        assertEquals(explanation(), whole("#step-explanation"));
        assertEquals(registers().replace("    ", "\n"), whole("#step-registers"), "a register a line");
    }

    @Test
    void theArrowKeysStepAndTheClockRegistersTick() throws Exception {
        robot.clickOn("#diagram-canvas");
        keys(KeyCode.ESCAPE);
        keys(KeyCode.RIGHT);
        assertTrue(fx(() -> app.editor().player().active.get()), "stepping turned the step-through on");
        assertEquals("C_P = 1    C_Q = 0    C_R = 0", registers());
        assertEquals("Step 1 of 15: p1 sends a message to q2: IR1 sets C_P := 0 + 1 = 1, and the message carries Tm = 1",
                explanation());
        keys(KeyCode.RIGHT);
        keys(KeyCode.RIGHT);
        keys(KeyCode.RIGHT);
        assertEquals("C_P = 2    C_Q = 1    C_R = 1", registers());
        assertEquals("Step 4 of 15: p2 receives the message from q1 (Tm = 1): IR2 sets C_P := max(1, 1) + 1 = 2",
                explanation());
        Drawing d = fx(() -> app.editor().drawing());
        assertEquals(11, d.shapes().stream().filter(s -> s instanceof Shape.Dot dot && dot.role() == Role.FADED).count(),
                "the 11 events still to come are faded");
        assertEquals(2, d.shapes().stream().filter(s -> s.role() == Role.IN_FLIGHT).count(),
                "p1 → q2 and q1 → r4 are in flight");
        keys(KeyCode.END);
        assertEquals("C_P = 6    C_Q = 7    C_R = 6", registers());
        keys(KeyCode.HOME);
        assertEquals("Nothing has happened yet: every clock register reads 0.", explanation());
        keys(KeyCode.LEFT);
        assertEquals(0, (int) fx(() -> app.editor().player().cursor()), "back at the start stays at the start");
    }

    @Test
    void theStepBarJoinsTheWindowWhenSteppingFirstStartsAndTakesItsBand() throws Exception {
        // Hidden when the window opens, the bar is left out of the scene until first shown (its skins cost
        // the first frame otherwise): the first step must still show it, laid out under the canvas.
        assertEquals(null, fx(() -> stage.getScene().lookup("#step-bar")), "not in the window before stepping");
        double canvasHeight = fx(() -> app.canvas().getHeight());
        robot.clickOn("#diagram-canvas");
        keys(KeyCode.ESCAPE);
        keys(KeyCode.RIGHT);
        javafx.scene.Node bar = fx(() -> stage.getScene().lookup("#step-bar"));
        assertTrue(bar != null && fx(bar::isVisible), "shown at the first step");
        assertTrue(fx(() -> bar.getLayoutBounds().getHeight()) > 30, "laid out with its controls");
        assertTrue(fx(() -> app.canvas().getHeight()) < canvasHeight - 30, "the canvas gave it its band");
        assertEquals("C_P = 1    C_Q = 0    C_R = 0", registers());
    }

    @Test
    void theClockRegistersAreTypesetWithTheirSubscriptAsInThePaper() throws Exception {
        robot.clickOn("#diagram-canvas");
        keys(KeyCode.ESCAPE);
        keys(KeyCode.RIGHT);
        for (String id : List.of("#step-registers", "#step-explanation")) {
            List<javafx.scene.text.Text> texts = fx(() -> ((javafx.scene.Parent) app.stepBar().node().lookup(id)).getChildrenUnmodifiable().stream()
                    .map(n -> (javafx.scene.text.Text) n).toList());
            assertTrue(texts.stream().noneMatch(t -> t.getText().contains("C_")), id + " shows no C_: " + texts);
            int p = texts.stream().map(javafx.scene.text.Text::getText).toList().indexOf("P");
            assertTrue(p > 0 && texts.get(p - 1).getText().endsWith("C"), id + ": C then P: " + texts);
            javafx.scene.text.Text c = texts.get(p - 1);
            javafx.scene.text.Text sub = texts.get(p);
            assertTrue(sub.getFont().getSize() < 0.8 * c.getFont().getSize(), "the P is smaller");
            assertTrue(sub.getTranslateY() > 2, "and lowered");
        }
    }

    @Test
    void theCanvasKeepsItsHeightWhileSteppingThoughTheExplanationWraps() throws Exception {
        // A window narrow enough that some steps' explanations take two lines and others one (the
        // stage is shared by the tests that follow: its width is put back after).
        double width = fx(stage::getWidth);
        fx(() -> {
            stage.setWidth(900);
            return null;
        });
        try {
            stepThroughFigure1RecordingHeights();
        } finally {
            fx(() -> {
                stage.setWidth(width);
                return null;
            });
        }
    }

    private void stepThroughFigure1RecordingHeights() throws Exception {
        robot.clickOn("#diagram-canvas");
        keys(KeyCode.ESCAPE);
        java.util.Set<Double> heights = new java.util.TreeSet<>();
        java.util.Set<Double> explanationHeights = new java.util.TreeSet<>();
        for (int k = 0; k < 15; k++) {
            keys(KeyCode.RIGHT);
            heights.add(fx(() -> app.canvas().canvas().getHeight()));
            explanationHeights.add(fx(() -> app.stepBar().node().lookup("#step-explanation").getLayoutBounds().getHeight()));
        }
        assertEquals(15, (int) fx(() -> app.editor().player().cursor()));
        assertEquals(1, heights.size(), "the canvas's heights while stepping: " + heights);
        assertEquals(1, explanationHeights.size(), "the explanation's heights: " + explanationHeights);
    }

    @Test
    void theClocksOfEventsStillToComeCanBeHiddenForTheClassToPredict() throws Exception {
        robot.clickOn("#diagram-canvas");
        keys(KeyCode.ESCAPE);
        keys(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.P);
        assertTrue(fx(() -> app.view().hideFutureClocks.get()), "Step → Hide the clocks of events still to come");
        for (int i = 0; i < 4; i++) {
            keys(KeyCode.RIGHT);
        }
        Drawing d = fx(() -> app.editor().drawing());
        List<String> coming = d.shapes().stream().filter(s -> s instanceof Shape.Text t && t.role() == Role.FADED)
                .map(s -> ((Shape.Text) s).text()).toList();
        assertEquals(11, coming.size());
        assertTrue(coming.contains("q2"), coming.toString());
        assertTrue(coming.stream().noneMatch(t -> t.contains("C=")), "no clock on what is still to come: " + coming);
        assertTrue(d.shapes().stream().anyMatch(s -> s instanceof Shape.Text t && t.role() == Role.EVENT_LABEL
                && t.text().equals("p2  C=2")), "what happened keeps its clock");
        assertEquals("C_P = 2    C_Q = 1    C_R = 1", registers(), "the registers are as ever");
        List<String> column = fx(() -> app.totalOrder().table().lookupAll(".table-row-cell").stream()
                .map(row -> ((javafx.scene.control.TableRow<?>) row))
                .filter(row -> row.getItem() != null)
                .map(row -> ((javafx.scene.control.Labeled) row.lookupAll(".table-cell").toArray()[3]).getText())
                .toList());
        assertEquals(List.of("1", "1", "1", "2", "?", "?"), column.subList(0, 6),
                "the total order's clock column keeps them back too: " + column);
        keys(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.P);
        Drawing again = fx(() -> app.editor().drawing());
        assertTrue(again.shapes().stream().anyMatch(s -> s instanceof Shape.Text t && t.role() == Role.FADED
                && t.text().equals("q2  C=2")), "shown again once the item is off");
    }

    @Test
    void theInspectorAndTheStatusBarKeepBackTheClocksOfEventsStillToCome() throws Exception {
        robot.clickOn("#diagram-canvas");
        keys(KeyCode.ESCAPE);
        keys(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.P);
        for (int i = 0; i < 4; i++) {
            keys(KeyCode.RIGHT); // p1, q1, r… and p2 have happened; q2 (C=2) is still to come
        }
        select("q2");
        assertEquals("? (still to come)", fx(() -> app.inspector().shown("Lamport clock C")));
        assertEquals("? (still to come)", fx(() -> app.inspector().shown("Vector clock")));
        String status = fx(() -> app.status().text());
        assertFalse(status.contains("C="), "the status bar keeps it back too: " + status);
        assertTrue(status.contains("still to come"), status);

        select("p2");
        assertEquals("2", fx(() -> app.inspector().shown("Lamport clock C")), "what happened shows its clock");
        fx(() -> {
            app.editor().selection().toggleEvent("q2");
            return null;
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        status = fx(() -> app.status().text());
        assertFalse(status.contains("C(q2)=2"), "a comparison does not give it away: " + status);

        keys(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.P);
        select("q2");
        assertEquals("2", fx(() -> app.inspector().shown("Lamport clock C")), "shown again once the item is off");
    }

    private void select(String id) throws Exception {
        fx(() -> {
            app.editor().selection().selectEvent(id);
            return null;
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void forwardThenBackGivesTheIdenticalPictureAtEveryStepOfEveryExample() throws Exception {
        List<Path> examples;
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            examples = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertFalse(examples.isEmpty());
        for (Path example : examples) {
            fx(() -> {
                app.open(example);
                app.editor().player().active.set(true);
                return null;
            });
            for (Linearization.Kind kind : List.of(Linearization.Kind.TOTAL_ORDER, Linearization.Kind.PHYSICAL_TIME)) {
                fx(() -> {
                    Player p = app.editor().player();
                    p.kind.set(kind);
                    for (int k = 0; k <= p.length(); k++) {
                        p.seek(k);
                        Drawing before = app.editor().drawing();
                        String words = app.stepBar().explanation();
                        p.forward();
                        p.back();
                        if (k == p.length()) {
                            p.toEnd();
                        }
                        Drawing after = app.editor().drawing();
                        assertEquals(before.shapes(), after.shapes(), example + " " + kind + " step " + k);
                        assertArrayEquals(before.bounds(), after.bounds());
                        assertEquals(words, app.stepBar().explanation());
                        assertEquals(k, p.cursor());
                    }
                    return null;
                });
            }
        }
    }

    @Test
    void byHandTheUserPicksAmongTheEnabledEvents() throws Exception {
        robot.clickOn("#diagram-canvas");
        keys(KeyCode.ALT, KeyCode.DIGIT3);
        keys(KeyCode.F5);
        assertEquals(Linearization.Kind.BY_HAND, fx(() -> app.editor().player().kind.get()));
        assertEquals(List.of("p1", "q1", "r1"), fx(() -> app.editor().player().enabled().stream()
                .map(e -> app.editor().analysis().id(e)).toList()));
        keys(KeyCode.RIGHT);
        assertTrue(fx(() -> app.pointer().lastRefusal()).startsWith("pick the next event"));
        click(screenAt("q1"));
        assertEquals("C_P = 0    C_Q = 1    C_R = 0", registers());
        assertEquals(List.of("p1", "r1"), fx(() -> app.editor().player().enabled().stream()
                .map(e -> app.editor().analysis().id(e)).toList()), "q2 waits for the message from p1");
        click(screenAt("q2"));
        assertEquals("q2 waits for the message from p1, not sent yet", fx(() -> app.pointer().lastRefusal()),
                "said at the pointer, not silently selected");
        assertEquals(List.of(), fx(() -> List.copyOf(app.editor().selection().events())));
        assertEquals(1, (int) fx(() -> app.editor().player().cursor()));
        click(screenAt("q1"));
        assertEquals(List.of("q1"), fx(() -> List.copyOf(app.editor().selection().events())),
                "an event that has happened is selected as ever");
    }

    @Test
    void editingWhileSteppingKeepsTheCursorWhereItStillMakesSense() throws Exception {
        robot.clickOn("#diagram-canvas");
        keys(KeyCode.ESCAPE);
        for (int i = 0; i < 5; i++) {
            keys(KeyCode.RIGHT);
        }
        // The step bar, two lines of explanation high, took room from the canvas: fit, so the line ends show.
        keys(KeyCode.SHORTCUT, KeyCode.DIGIT0);
        click(nearTheEnd(2)); // a new event at the end of R: late in ⇒, so the first five steps stay
        assertEquals(16, (int) fx(() -> app.editor().player().length()));
        assertEquals(5, (int) fx(() -> app.editor().player().cursor()));
        keys(KeyCode.SHORTCUT, KeyCode.Z);
        assertEquals(5, (int) fx(() -> app.editor().player().cursor()));
    }

    @Test
    void turningSteppingOffLeavesTheTotalOrderPlainAgain() throws Exception {
        robot.clickOn("#diagram-canvas");
        keys(KeyCode.F5);
        keys(KeyCode.RIGHT);
        assertTrue(rowStates().stream().anyMatch(st -> st.contains("not-yet")), "while stepping, what has not happened is grey");
        assertTrue(rowOpacities().contains(0.45), rowOpacities().toString());
        keys(KeyCode.F5);
        assertTrue(rowStates().stream().noneMatch(st -> st.contains("not-yet") || st.contains("last-step")),
                rowStates().toString());
        assertTrue(rowOpacities().stream().allMatch(o -> o == 1), rowOpacities().toString());
    }

    /** Each row's pseudo-classes, which the table's style sheet greys and bolds. */
    private java.util.List<String> rowStates() throws Exception {
        return fx(() -> app.totalOrder().table().lookupAll(".table-row-cell").stream()
                .map(n -> n.getPseudoClassStates().toString()).toList());
    }

    private java.util.List<Double> rowOpacities() throws Exception {
        return fx(() -> app.totalOrder().table().lookupAll(".table-row-cell").stream()
                .filter(n -> ((javafx.scene.control.TableRow<?>) n).getItem() != null).map(javafx.scene.Node::getOpacity)
                .toList());
    }

    @Test
    void everyStepButtonIsWrittenInGlyphsTheFontHas() throws Exception {
        robot.clickOn("#diagram-canvas");
        keys(KeyCode.F5);
        List<String> stopped = buttonTexts();
        keys(KeyCode.SPACE); // play: the button turns to Pause
        List<String> playing = buttonTexts();
        keys(KeyCode.SPACE);
        assertTrue(playing.stream().anyMatch(t -> t.contains("Pause")), playing.toString());
        java.awt.Font dejaVu = new java.awt.Font("DejaVu Sans", java.awt.Font.PLAIN, 13);
        assertEquals("DejaVu Sans", dejaVu.getFamily(), "the font JavaFX draws the window's text with here");
        for (String text : java.util.stream.Stream.concat(stopped.stream(), playing.stream()).toList()) {
            assertEquals(-1, dejaVu.canDisplayUpTo(text), "\"" + text + "\" has a glyph the font lacks: a box on screen");
        }
    }

    private List<String> buttonTexts() throws Exception {
        return fx(() -> java.util.stream.Stream.concat(app.stepBar().node().lookupAll(".button").stream(),
                        app.stepBar().node().lookupAll(".toggle-button").stream())
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).toList());
    }
}
