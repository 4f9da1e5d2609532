package dev.spacetime.app.panels;

import dev.spacetime.app.document.Document;
import dev.spacetime.app.document.DocumentView;
import dev.spacetime.app.document.RunVerdict;
import dev.spacetime.drawing.Role;
import dev.spacetime.fxpaint.Theme;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * The verdict on a simulation's run, under the canvas for as long as the diagram is open: whether
 * the paper's conditions hold, a line for each, and a key to the rings round the events that break
 * one. Hidden for a diagram no checked run made.
 */
public final class VerdictStrip {
    private final DocumentView doc;
    private final HBox box = new HBox(12);
    private final Label headline = new Label();
    private final Label conditions = new Label();
    private final Label key = new Label("breaks a condition");

    public VerdictStrip(DocumentView doc) {
        this.doc = doc;
        box.setId("verdict-strip");
        headline.setId("verdict-headline");
        conditions.setId("verdict-conditions");
        box.setPadding(new Insets(5, 10, 5, 10));
        box.setAlignment(Pos.CENTER_LEFT);
        headline.setMinWidth(Label.USE_PREF_SIZE);
        conditions.setStyle("-fx-font-size: 12px;");
        conditions.setWrapText(true);
        conditions.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(conditions, javafx.scene.layout.Priority.ALWAYS);
        Circle ring = new Circle(6, javafx.scene.paint.Color.TRANSPARENT);
        ring.setStroke(Theme.colour(Role.BROKEN));
        ring.setStrokeWidth(2.5);
        key.setGraphic(ring);
        key.setMinWidth(Label.USE_PREF_SIZE);
        box.getChildren().addAll(headline, conditions, key);
        box.managedProperty().bind(box.visibleProperty());
        doc.onRefresh(this::update);
        update();
    }

    public HBox node() {
        return box;
    }

    /** The words shown: the headline, then a line per condition; empty when hidden. For tests. */
    public String text() {
        return box.isVisible() ? headline.getText() + "\n" + conditions.getText() : "";
    }

    private void update() {
        Document d = doc.document();
        RunVerdict v = d == null ? null : d.verdict();
        box.setVisible(v != null);
        if (v == null) {
            return;
        }
        String edited = d.edited() ? " (of the run as it was made; the diagram has been edited since)" : "";
        headline.setText(v.subject() + ": " + v.headline() + edited);
        conditions.setText(String.join("\n", v.conditions()));
        key.setVisible(!v.brokenBy().isEmpty());
        String colour = v.holds() ? "#e8f4ec" : "#fbe9e1"; // light green or light vermilion behind the verdict
        box.setStyle("-fx-background-color: " + colour + "; -fx-border-color: #cccccc; -fx-border-width: 1 0 0 0;");
        headline.setStyle("-fx-font-weight: bold; -fx-text-fill: " + (v.holds() ? "#007a4d" : "#b34700") + ";");
    }
}
