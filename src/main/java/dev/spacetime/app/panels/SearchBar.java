package dev.spacetime.app.panels;

import dev.spacetime.app.canvas.DiagramCanvas;
import dev.spacetime.app.document.DocumentView;
import dev.spacetime.causality.Analysis;
import dev.spacetime.layout.DiagramLayout;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;

/**
 * Find events: a field above the canvas (Ctrl+F), Enter or F3 for the next match in ⇒ order,
 * Shift+Enter or Shift+F3 for the previous. The match is selected and brought into view.
 */
public final class SearchBar {
    private final DocumentView doc;
    private final DiagramCanvas canvas;
    private final TextField field = new TextField();
    private final Label count = new Label();
    private final HBox box;
    private int[] matches = new int[0];
    private int current = -1;
    private Analysis searched;
    private String query = "";

    public SearchBar(DocumentView doc, DiagramCanvas canvas) {
        this.doc = doc;
        this.canvas = canvas;
        field.setId("search-field");
        field.setPromptText("Find events: id, label or field (e.g. label:request, date:11)");
        field.setPrefColumnCount(32);
        count.setId("search-count");
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                step(e.isShiftDown() ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                field.clear();
                canvas.requestFocus();
                e.consume();
            }
        });
        field.textProperty().addListener(o -> {
            searched = null;
            count.setText("");
        });
        // A search belongs to the diagram it was made in: another file starts with an empty field.
        doc.documentProperty().addListener((o, was, now) -> {
            if (was != now) {
                field.clear();
                matches = new int[0];
                current = -1;
            }
        });
        Button previous = new Button("▲");
        previous.setOnAction(e -> step(-1));
        Button next = new Button("▼");
        next.setOnAction(e -> step(1));
        previous.setFocusTraversable(false);
        next.setFocusTraversable(false);
        box = new HBox(6, new Label("Find"), field, previous, next, count);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(3, 8, 3, 8));
    }

    public HBox node() {
        return box;
    }

    public void focus() {
        field.requestFocus();
        field.selectAll();
    }

    String count() {
        return count.getText();
    }

    /** Selects the next (+1) or previous (−1) match and brings it into view. */
    public void step(int by) {
        Analysis a = doc.analysis();
        if (a == null) {
            return;
        }
        if (searched != a || !query.equals(field.getText())) {
            searched = a;
            query = field.getText();
            matches = EventSearch.find(a, query);
            current = -1;
        }
        if (matches.length == 0) {
            count.setText(query.isBlank() ? "" : "no events match");
            return;
        }
        current = current < 0 ? (by > 0 ? 0 : matches.length - 1) : Math.floorMod(current + by, matches.length);
        int e = matches[current];
        doc.selection().selectEvent(a.id(e));
        DiagramLayout layout = doc.layout();
        canvas.bringIntoView(layout.eventX(e), layout.eventY(e));
        count.setText((current + 1) + " of " + matches.length);
    }
}
