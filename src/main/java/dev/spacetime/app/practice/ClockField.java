package dev.spacetime.app.practice;

import dev.spacetime.app.canvas.DiagramCanvas;
import dev.spacetime.app.document.Editor;
import dev.spacetime.app.document.Feedback;
import dev.spacetime.causality.Analysis;
import dev.spacetime.layout.DiagramLayout;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.geometry.Bounds;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;

/**
 * The field a clock is typed in, laid beside the event's dot. Enter or Tab takes the value and moves on
 * up the process (to the next process after its last event), Shift+Tab back; Escape leaves the value as
 * it was. A value that is no clock is refused beside the field, which stays open.
 */
final class ClockField {
    private final Pane layer;
    private final Editor editor;
    private final DiagramCanvas canvas;
    private final Feedback feedback;
    private final BiFunction<String, String, String> typed;
    private final Function<String, String> before;
    private final TextField field = new TextField();
    private String event;

    /**
     * @param typed  takes an event's id and the text typed for it; gives back why it was refused, or null
     * @param before what was typed for an event before, as it would be typed again
     */
    ClockField(Pane layer, Editor editor, DiagramCanvas canvas, Feedback feedback,
            BiFunction<String, String, String> typed, Function<String, String> before) {
        this.layer = layer;
        this.editor = editor;
        this.canvas = canvas;
        this.feedback = feedback;
        this.typed = typed;
        this.before = before;
        field.setId("clock-field");
        // Tab would move the focus out of the field: here it moves along the events.
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB || e.getCode() == KeyCode.ENTER) {
                e.consume();
                take(e.isShiftDown() ? -1 : 1);
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                close();
                canvas.requestFocus();
            }
        });
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commitQuietly();
            }
        });
    }

    /** Opens the field at an event's dot with what was typed for it before. */
    void open(String id, String text, boolean vector) {
        commitQuietly();
        DiagramLayout layout = editor.layout();
        int e = layout == null ? -1 : layout.analysis().indexOf(id);
        if (e < 0) {
            return;
        }
        event = id;
        field.setPrefColumnCount(vector ? 2 + 2 * editor.analysis().graph().processCount() : 3);
        field.setPromptText(vector ? "V" : "C");
        field.setText(text);
        double[] px = canvas.toPixels(layout.eventX(e), layout.eventY(e));
        if (!layer.getChildren().contains(field)) {
            layer.getChildren().add(field);
        }
        field.relocate(px[0] + 10, px[1] - 14);
        field.requestFocus();
        field.selectAll();
    }

    boolean isOpen() {
        return event != null;
    }

    /** Takes what was typed if it is a clock; otherwise leaves the earlier value and closes. */
    void commitQuietly() {
        if (event == null) {
            return;
        }
        String id = event;
        event = null;
        String refused = typed.apply(id, field.getText());
        if (refused != null) {
            feedback.done("The clock typed for " + id + " was not taken: " + refused);
        }
        layer.getChildren().remove(field);
    }

    void close() {
        event = null;
        layer.getChildren().remove(field);
    }

    /** Takes the value and opens the next event ({@code step} 1) or the one before (-1). */
    private void take(int step) {
        if (event == null) {
            return;
        }
        String refused = typed.apply(event, field.getText());
        if (refused != null) {
            Bounds b = field.localToScreen(field.getBoundsInLocal());
            feedback.refuse(refused, b == null ? 0 : b.getMinX(), b == null ? 0 : b.getMaxY());
            return;
        }
        Analysis a = editor.analysis();
        int n = a.eventCount();
        int next = Math.floorMod(a.indexOf(event) + step, n);
        String id = a.id(next);
        event = null;
        open(id, before.apply(id), field.getPromptText().equals("V"));
    }
}
