package dev.spacetime.app.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;

/** Parts hidden when the window opens join their box only when first shown, in the order they were given. */
class PlacedWhenShownTest {
    private static Region part(boolean visible) {
        Region r = new Region();
        r.setVisible(visible);
        return r;
    }

    @Test
    void hiddenPartsArePlacedWhenFirstShownInTheirOrderAndStay() {
        Region verdict = part(false);
        Region steps = part(false);
        Region practice = part(false);
        Region status = part(true);
        VBox box = new VBox();
        PlacedWhenShown.fill(box, verdict, steps, practice, status);
        assertEquals(List.of(status), box.getChildren(), "only what is shown is in the scene");

        practice.setVisible(true);
        assertEquals(List.of(practice, status), box.getChildren());
        verdict.setVisible(true);
        assertEquals(List.of(verdict, practice, status), box.getChildren());
        steps.visibleProperty().bind(new javafx.beans.property.SimpleBooleanProperty(true));
        assertEquals(List.of(verdict, steps, practice, status), box.getChildren(), "a bound visibility places it too");

        practice.setVisible(false);
        practice.setVisible(true);
        assertEquals(List.of(verdict, steps, practice, status), box.getChildren(), "hidden again, it stays placed once");
    }
}
