package dev.spacetime.app.panels;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Fills a box with parts that join the scene only once each is first shown. JavaFX gives a control its
 * skin and styles as soon as it is in the scene, shown or not: a part hidden when the window opens (the
 * step bar, the practice bar, a run's verdict, the progress bar) would otherwise cost the first frame
 * its skin. A part once placed stays, and its own visible and managed properties hide it again.
 */
public final class PlacedWhenShown {
    private final Pane box;
    private final List<Node> parts;

    private PlacedWhenShown(Pane box, List<Node> parts) {
        this.box = box;
        this.parts = parts;
    }

    /** Puts {@code parts} into {@code box} in this order, each when it is first visible. */
    public static void fill(Pane box, Node... parts) {
        PlacedWhenShown placing = new PlacedWhenShown(box, List.of(parts));
        for (Node part : parts) {
            if (part.isVisible()) {
                placing.place(part);
            } else {
                part.visibleProperty().addListener((obs, was, now) -> {
                    if (now) {
                        placing.place(part);
                    }
                });
            }
        }
    }

    // After the parts before it that are placed already, so the box keeps the order it was given.
    private void place(Node part) {
        if (box.getChildren().contains(part)) {
            return;
        }
        int at = 0;
        for (Node before : parts.subList(0, parts.indexOf(part))) {
            if (box.getChildren().contains(before)) {
                at++;
            }
        }
        box.getChildren().add(at, part);
    }
}
