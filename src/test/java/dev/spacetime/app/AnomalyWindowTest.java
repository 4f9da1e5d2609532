package dev.spacetime.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.sim.anomaly.Remedy;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Simulate → Anomalous behaviour with the second remedy: the physical clocks' settings, the bound, the run. */
class AnomalyWindowTest extends WindowTestBase {
    @SuppressWarnings("unchecked")
    private static <T> Spinner<T> spinner(javafx.scene.Node node) {
        return (Spinner<T>) node;
    }

    @Test
    void theClocksSettingsShowWithTheirRemedyAndAShortCallBringsTheAnomalyBack() throws Exception {
        robot.clickOn("#diagram-canvas");
        keys(KeyCode.SHORTCUT, KeyCode.ALT, KeyCode.A);
        assertTrue(fx(() -> robot.lookup("#anomaly-call").query().isDisabled()), "no clocks without their remedy");
        String holds = fx(() -> {
            @SuppressWarnings("unchecked")
            ChoiceBox<Remedy> remedy = (ChoiceBox<Remedy>) robot.lookup("#anomaly-remedy").query();
            remedy.setValue(Remedy.PHYSICAL_CLOCKS);
            return robot.lookup("#anomaly-bound").queryAs(Label.class).getText();
        });
        assertFalse(fx(() -> robot.lookup("#anomaly-call").query().isDisabled()));
        assertTrue(holds.contains("ε ≈ d(2κτ + ξ) = 0.024") && holds.contains("ε/(1 − κ) = 0.024 ≤ μ"), holds);
        String fails = fx(() -> {
            AnomalyWindowTest.<Double>spinner(robot.lookup("#anomaly-call").query()).getValueFactory().setValue(0.02);
            return robot.lookup("#anomaly-bound").queryAs(Label.class).getText();
        });
        assertTrue(fails.contains("μ = min(0.05, the call's 0.02) = 0.02") && fails.contains("the bound fails"), fails);
        fx(() -> {
            AnomalyWindowTest.<Integer>spinner(robot.lookup("#anomaly-seed").query()).getValueFactory().setValue(3);
            return null;
        });
        // ξ = 0.05 as in the broken example: the fifth field of the clocks' settings.
        fx(() -> {
            var fields = robot.lookup(".spinner").queryAllAs(Spinner.class).stream()
                    .filter(s -> s.getParent() == robot.lookup("#anomaly-call").query().getParent()).toList();
            AnomalyWindowTest.<Double>spinner(fields.get(4)).getValueFactory().setValue(0.05);
            return null;
        });
        keys(KeyCode.ENTER);
        String header = fx(() -> robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .map(DialogPane::getHeaderText).filter(h -> h != null && h.contains("anomaly")).findFirst().orElse(""));
        assertEquals("The bound fails, and the anomaly is back: B is ordered before A", header);
        keys(KeyCode.ENTER);
        String title = fx(() -> app.editor().document().diagram().title());
        assertEquals("Section 5, second remedy on section 6's clocks: κ = 0.001, d = 2, τ = 1, μ = 0.05, ξ = 0.05, "
                + "a call of 0.02", title);
        assertEquals("C_phys", fx(() -> app.editor().document().diagram().annotations().clockName()));
    }
}
