package dev.spacetime.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Shape;
import dev.spacetime.fxpaint.Theme;
import dev.spacetime.step.Linearization;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ChoiceBox;
import javafx.scene.input.KeyCode;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Section 5 in the window: anomalies marked from the View menu, cones that follow the call, and stepping in ⇒ exactly. */
class AnomalyMarksWindowTest extends WindowTestBase {
    private void openTelephone() throws Exception {
        Path phone = dir.resolve("anomalous-telephone.json");
        Files.copy(Path.of("examples", "anomalous-telephone.json"), phone);
        open(phone);
    }

    private long anomalyLines() throws Exception {
        return fx(() -> app.editor().drawing().shapes().stream().filter(s -> s.role() == Role.ANOMALY).count());
    }

    @Test
    void viewMarkAnomaliesDrawsALineForEachAndTheLegendSaysWhatTheyAre() throws Exception {
        openTelephone();
        robot.clickOn("#diagram-canvas");
        keys(KeyCode.ESCAPE);
        int before = count(snapshot(), Theme.colour(Role.ANOMALY)); // the telephone call is drawn in this colour too
        assertEquals(0, anomalyLines());
        keys(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.V);
        assertTrue(fx(() -> app.editor().view().anomalies.get()), "the shortcut turns the marks on");
        long anomalies = fx(() -> app.editor().analysis().pairCounts().anomalies());
        assertTrue(anomalies > 0);
        assertEquals(anomalies, anomalyLines(), "one line a pair a ➝ b with C(a) ≥ C(b)");
        assertTrue(count(snapshot(), Theme.colour(Role.ANOMALY)) > before + 100, "and they are painted");
        assertTrue(fx(() -> app.legend().entries()).contains("anomalies: a ➝ b, yet C(a) ≥ C(b)"),
                fx(() -> app.legend().entries()).toString());
        keys(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.V);
        assertEquals(0, anomalyLines(), "and off again");
    }

    @Test
    void conesFollowTheTelephoneCallWhenAsked() throws Exception {
        openTelephone();
        click(screenAt("b2"));
        assertTrue(fx(() -> app.status().text()).contains("1 event in its past"), fx(() -> app.status().text()));
        keys(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.K);
        assertTrue(fx(() -> app.editor().view().conesFollowExternal.get()));
        assertTrue(close(colourAt(snapshot(), "a4"), Theme.colour(Role.PAST)), "a4 ➝ b2 through the call a5 ⇝ b1");
        assertTrue(fx(() -> app.status().text()).contains("under ➝ (external messages count): 6 events in its past"),
                fx(() -> app.status().text()));
        assertTrue(fx(() -> app.legend().entries()).contains("past under ➝ (external messages count)"));
        keys(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.K);
        assertTrue(close(colourAt(snapshot(), "a4"), Theme.colour(Role.CONCURRENT)), "under → a4 ‖ b2");
    }

    @Test
    void aDiagramWithExternalMessagesStepsInExactTotalOrderByDefault() throws Exception {
        assertEquals(Linearization.Kind.TOTAL_ORDER, fx(() -> app.editor().player().kind.get()), "Figure 1 has none");
        openTelephone();
        assertEquals(Linearization.Kind.EXACT_TOTAL_ORDER, fx(() -> app.editor().player().kind.get()));
        robot.clickOn("#diagram-canvas");
        keys(KeyCode.ESCAPE);
        keys(KeyCode.RIGHT);
        String chosen = fx(() -> {
            ChoiceBox<?> order = (ChoiceBox<?>) app.stepBar().node().lookup(".choice-box");
            return ((ChoiceBox<Linearization.Kind>) order).getConverter().toString((Linearization.Kind) order.getValue());
        });
        assertEquals("⇒ exactly, as the system sees it", chosen);
        for (int k = 1; k < 4; k++) {
            keys(KeyCode.RIGHT);
        }
        awaitStep(4);
        String step = fx(() -> app.stepBar().explanation());
        assertTrue(step.startsWith("Step 4 of 9: b2 "), step);
        keys(KeyCode.LEFT);
        keys(KeyCode.LEFT);
        awaitStep(2);
        String call = fx(() -> app.stepBar().explanation());
        assertTrue(call.startsWith("Step 2 of 9: b1 receives an external message from a5"), call);
        assertTrue(call.contains("its sender a5 has not happened yet"), call);
        assertTrue(fx(() -> app.editor().drawing().shapes().stream()
                .anyMatch(s -> s instanceof Shape.Dot d && "a5".equals(d.id()) && d.role() == Role.FADED)),
                "the caller is still to come while b1 has answered");

        keys(KeyCode.ALT, KeyCode.DIGIT1);
        assertEquals(Linearization.Kind.TOTAL_ORDER, fx(() -> app.editor().player().kind.get()));
        open(file);
        assertEquals(Linearization.Kind.TOTAL_ORDER, fx(() -> app.editor().player().kind.get()),
                "without external messages ⇒ is exact anyway");
        keys(KeyCode.ALT, KeyCode.DIGIT2);
        openTelephone2();
        assertEquals(Linearization.Kind.PHYSICAL_TIME, fx(() -> app.editor().player().kind.get()),
                "a choice of physical time is kept");
        assertFalse(fx(() -> app.editor().view().anomalies.get()));
    }

    /** Waits for the step-through to reach step k: the last key may still be on its way. */
    private void awaitStep(int k) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> app.editor().player().cursor()) == k);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openTelephone2() throws Exception {
        Path phone = dir.resolve("telephone-again.json");
        Files.copy(Path.of("examples", "anomalous-telephone.json"), phone);
        open(phone);
    }
}
