package dev.spacetime.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Shape;
import dev.spacetime.sim.replica.Variant;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ChoiceBox;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Simulate → Replicated state machine: the run opens with its verdict under it, and a saved run gets it again. */
class ReplicationWindowTest extends WindowTestBase {
    private String strip() throws Exception {
        return fx(() -> app.verdict().text());
    }

    private long rings() throws Exception {
        return fx(() -> app.editor().drawing().shapes().stream()
                .filter(s -> s instanceof Shape.Ring r && r.role() == Role.BROKEN).count());
    }

    @Test
    void theNaiveWayFromTheMenuDivergesAndTheStepWhereReplicasPartIsRinged() throws Exception {
        robot.clickOn("#diagram-canvas");
        keys(KeyCode.SHORTCUT, KeyCode.ALT, KeyCode.S);
        fx(() -> {
            @SuppressWarnings("unchecked")
            ChoiceBox<Variant> variant = (ChoiceBox<Variant>) robot.lookup("#replica-variant").query();
            variant.setValue(Variant.ON_ARRIVAL);
            return null;
        });
        keys(KeyCode.ENTER); // run with seed 1
        keys(KeyCode.ENTER); // close the dialog that says it: the verdict stays
        String title = fx(() -> app.editor().document().diagram().title());
        assertTrue(title.startsWith("Replicated register (section 4): 3 processes, naive"), title);
        String text = strip();
        assertTrue(text.startsWith("Replicated register: Replicas diverge after their 1st command"), text);
        assertTrue(text.contains("✗ replicas end different: x = 4 on P1 and P2, x = 6 on P3"), text);
        assertEquals(2, rings(), "the two events where the replicas first differ");
    }

    @Test
    void theExampleOpenedFromItsFileHasItsVerdictAgain() throws Exception {
        Path saved = dir.resolve("replicated.json");
        Files.copy(Path.of("examples", "replicated-register.json"), saved);
        open(saved);
        String text = strip();
        assertTrue(text.startsWith("Replicated register: Replicas agree: all ran the same 6 commands in ⇒ order"), text);
        assertEquals(0, rings());
    }
}
