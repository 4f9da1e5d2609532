package dev.spacetime.app.editing;

import dev.spacetime.model.MessageRef;
import dev.spacetime.app.document.Editor;
import dev.spacetime.model.ClockValueText;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.Edit;
import dev.spacetime.model.EditRefusedException;
import dev.spacetime.model.ReadableNumber;
import dev.spacetime.model.RenameEvent;
import dev.spacetime.model.RenameProcess;
import dev.spacetime.model.SetAssignedClock;
import dev.spacetime.model.SetMessageLabel;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;

/**
 * A text field laid over the canvas to rename an event or a process, label a message, or give an
 * event its own clock value, where it is drawn. Enter or clicking elsewhere applies the change as one command; Escape leaves things as they were.
 */
public final class InlineEditor {
    private final Pane layer;
    private final Editor editor;
    private final BiConsumer<String, TextField> refuse;
    private final TextField field = new TextField();
    private Function<String, Edit> pending;

    /** @param refuse shows a refusal's reason beside the field */
    public InlineEditor(Pane layer, Editor editor, BiConsumer<String, TextField> refuse) {
        this.layer = layer;
        this.editor = editor;
        this.refuse = refuse;
        field.setId("inline-editor");
        field.setPrefColumnCount(10);
        field.setOnAction(e -> commit());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancel();
                e.consume();
            }
        });
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit();
            }
        });
        layer.setPickOnBounds(false);
    }

    void renameEvent(String id, double x, double y) {
        open(id, x, y, text -> new RenameEvent(id, text.strip()));
        editor.selection().selectEvent(id);
    }

    void renameProcess(String name, double x, double y) {
        open(name, x, y, text -> new RenameProcess(name, text.strip()));
    }

    void labelMessage(MessageRef m, double x, double y) {
        Diagram d = editor.document().diagram();
        String label = d.messageLabel(m.find(d));
        open(label == null ? "" : label, x, y,
                text -> new SetMessageLabel(m.from(), m.to(), text.isBlank() ? null : text.strip()));
    }

    /** The event's own clock value ("my clocks"), typed at its dot; empty takes the value away. */
    void setMyClock(String id, double x, double y) {
        double now = editor.document().diagram().annotations().clock(id);
        open(Double.isNaN(now) ? "" : ReadableNumber.of(now), x, y,
                text -> new SetAssignedClock(id, ClockValueText.parse(text)));
        field.setPromptText("my clock");
        editor.selection().selectEvent(id);
    }

    boolean isOpen() {
        return pending != null;
    }

    /** Applies what was typed; a refused change keeps the field open with the reason beside it. */
    void commit() {
        if (pending == null) {
            return;
        }
        Function<String, Edit> edit = pending;
        pending = null;
        String text = field.getText();
        String before = beforeText;
        if (text.strip().equals(before)) {
            close();
            return;
        }
        Edit change;
        try {
            change = edit.apply(text);
        } catch (EditRefusedException notANumber) { // refused before any edit is made: the field stays to fix it
            pending = edit;
            refuse.accept(notANumber.reason(), field);
            return;
        }
        String refused = editor.run(change);
        if (refused != null) {
            pending = edit;
            refuse.accept(refused, field);
            return;
        }
        if (change instanceof RenameEvent rename) {
            editor.selection().selectEvent(rename.newId());
        } else if (change instanceof RenameProcess rename) {
            editor.selection().selectProcess(rename.newName());
        }
        close();
    }

    void cancel() {
        pending = null;
        close();
    }

    private String beforeText;

    private void open(String text, double x, double y, Function<String, Edit> edit) {
        commit();
        beforeText = text;
        pending = edit;
        field.setPromptText(null);
        field.setText(text);
        field.relocate(Math.max(0, x - 20), Math.max(0, y - 14));
        if (!layer.getChildren().contains(field)) {
            layer.getChildren().add(field);
        }
        field.requestFocus();
        field.selectAll();
    }

    private void close() {
        layer.getChildren().remove(field);
    }
}
