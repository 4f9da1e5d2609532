package dev.spacetime.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.app.dialogs.PhysicalClocksWindow;
import dev.spacetime.drawing.Role;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.RemoveEvent;
import dev.spacetime.fxpaint.Theme;
import dev.spacetime.sim.physical.PhysicalRun;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.chart.XYChart;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The Simulate menu: a run opens as a new diagram; the physical clocks chart shows skew against ε. */
class SimulateWindowTest extends WindowTestBase {
    @Test
    void mutualExclusionFromTheMenuOpensTheRunWithItsGrantsAsBars() throws Exception {
        robot.clickOn("#diagram-canvas");
        keys(KeyCode.SHORTCUT, KeyCode.ALT, KeyCode.M);
        keys(KeyCode.ENTER); // accept the defaults
        String title = fx(() -> app.editor().document().diagram().title());
        assertTrue(title.startsWith("Mutual exclusion (section 4): 3 processes"), title);
        assertFalse(fx(() -> app.editor().document().unsaved()), "a run is not unsaved until it is edited");
        assertFalse(fx(stage::getTitle).startsWith("• "));
        long bars = fx(() -> app.editor().drawing().shapes().stream().filter(s -> s.role() == Role.BAR).count());
        assertEquals(6, bars, "three processes asking twice: six grants");
        // The run opens at a size its labels can be read at, from its start; zoomed out, the grants show.
        keys(KeyCode.ENTER); // close the verdict
        keys(KeyCode.SHORTCUT, KeyCode.DIGIT0); // fitted again, whatever the window's size
        for (int i = 0; i < 10; i++) {
            keys(KeyCode.SHORTCUT, KeyCode.MINUS);
        }
        assertTrue(count(snapshot(), Theme.colour(Role.BAR)) > 100, "the bars are painted");
    }

    @Test
    void afterTheVerdictIsReadTheCanvasHasTheKeys() throws Exception {
        robot.clickOn("#total-order");
        keys(KeyCode.SHORTCUT, KeyCode.ALT, KeyCode.M);
        keys(KeyCode.ENTER); // run with the defaults
        keys(KeyCode.ENTER); // close the verdict
        assertTrue(fx(() -> stage.getScene().getFocusOwner() == app.canvas()), "not the ⇒ table");
        keys(KeyCode.SHORTCUT, KeyCode.UP);
        assertEquals(dev.spacetime.layout.Orientation.TIME_UP, fx(() -> app.layout().orientation()),
                "Ctrl+↑ reaches the canvas: the run, which reads best along the page, turns to time going up");
    }

    @Test
    void runAgainBringsAnEditedRunBackToWhatItsSavedParametersGive() throws Exception {
        Path saved = dir.resolve("mutex.json");
        Files.copy(Path.of("examples", "mutual-exclusion.json"), saved);
        open(saved);
        Diagram original = fx(() -> app.editor().document().diagram().copy());
        String removed = fx(() -> app.editor().run(new RemoveEvent(original.eventId(original.eventAt(0, 1)))));
        assertEquals(null, removed);
        assertFalse(fx(() -> app.editor().document().diagram().sameContent(original)));
        keys(KeyCode.SHORTCUT, KeyCode.ALT, KeyCode.R);
        robot.clickOn("Don't save");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> app.editor().document().diagram().sameContent(original)), "the run as saved, fresh");
        assertFalse(fx(() -> app.editor().document().unsaved()), "a fresh run asks to be saved only once edited");
        assertEquals(null, fx(() -> app.editor().run(new RemoveEvent(original.eventId(original.eventAt(0, 1))))));
        assertTrue(fx(() -> app.editor().document().unsaved()), "edited, it is");
    }

    @Test
    void aLogOpenedFromDiskAsksToBeSavedOnlyOnceEdited() throws Exception {
        Path log = dir.resolve("client-server.log");
        Files.copy(Path.of("examples", "govector-client-server.log"), log);
        open(log);
        assertTrue(fx(() -> app.editor().document().diagram().eventCount()) > 0);
        assertFalse(fx(() -> app.editor().document().unsaved()), "nothing was edited");
        assertFalse(fx(stage::getTitle).startsWith("• "), fx(stage::getTitle));
        String first = fx(() -> app.editor().document().diagram().eventId(app.editor().document().diagram().eventAt(0, 0)));
        assertEquals(null, fx(() -> app.editor().run(new dev.spacetime.model.RenameEvent(first, "start"))));
        assertTrue(fx(() -> app.editor().document().unsaved()));
        assertTrue(fx(stage::getTitle).startsWith("• "), fx(stage::getTitle));
    }

    @Test
    void aDiagramNoSimulationMadeCannotRunAgainAndSaysWhy() throws Exception {
        robot.clickOn("#diagram-canvas");
        keys(KeyCode.SHORTCUT, KeyCode.ALT, KeyCode.R);
        String text = fx(() -> robot.lookup("#problem-text").queryAs(javafx.scene.control.TextArea.class).getText());
        assertTrue(text.startsWith("The diagram does not say which simulation made it"), text);
        assertTrue(fx(() -> app.editor().document().diagram().title()).contains("Figure 1"));
    }

    @Test
    void thePhysicalClocksChartShowsTheSkewFallingUnderTheBound() throws Exception {
        PhysicalClocksWindow window = fx(() -> app.physicalClocks());
        PhysicalRun run = fx(window::run);
        var series = fx(() -> java.util.List.copyOf(window.chart().getData()));
        assertEquals(2, series.size());
        XYChart.Series<Number, Number> skew = series.get(0);
        assertEquals(run.sampleTimes().length, skew.getData().size());
        double epsilon = run.parameters().epsilon();
        assertEquals(epsilon, series.get(1).getData().get(0).getYValue().doubleValue(), 1e-12);
        assertTrue(skew.getData().get(0).getYValue().doubleValue() > epsilon, "the clocks start apart");
        assertTrue(run.maxSkew() <= epsilon, "and end within ε");
    }
}
