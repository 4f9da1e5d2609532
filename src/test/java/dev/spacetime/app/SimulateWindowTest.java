package dev.spacetime.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.app.dialogs.PhysicalClocksWindow;
import dev.spacetime.drawing.Role;
import dev.spacetime.fxpaint.Theme;
import dev.spacetime.sim.physical.PhysicalRun;
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
        assertTrue(fx(() -> app.editor().document().unsaved()), "a new run is unsaved");
        long bars = fx(() -> app.editor().drawing().shapes().stream().filter(s -> s.role() == Role.BAR).count());
        assertEquals(6, bars, "three processes asking twice: six grants");
        assertTrue(count(snapshot(), Theme.colour(Role.BAR)) > 100, "the bars are painted");
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
        assertTrue(run.maxSkewAfterConvergence() <= epsilon, "and end within ε");
    }
}
