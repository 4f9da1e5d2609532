package dev.spacetime.app.panels;

import dev.spacetime.app.document.DocumentView;
import dev.spacetime.causality.Analysis;
import dev.spacetime.model.Diagram;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import org.controlsfx.control.StatusBar;

/**
 * The status bar: on the left what the selection means (or the last message), on the right the
 * diagram's size and the zoom.
 */
public final class StatusLine {
    private final StatusBar bar = new StatusBar();
    private final Label counts = new Label();
    private final DocumentView doc;
    private String message;
    private boolean working;

    public StatusLine(DocumentView doc) {
        this.doc = doc;
        bar.setId("status-bar");
        counts.setId("status-counts");
        counts.setPadding(new Insets(0, 8, 0, 8));
        bar.getRightItems().add(counts);
        doc.onRefresh(this::update);
    }

    public StatusBar node() {
        return bar;
    }

    public String text() {
        return bar.getText();
    }

    String counts() {
        return counts.getText();
    }

    /** Shows a message until the diagram, the selection or the view changes. */
    void setMessage(String text) {
        message = text;
        bar.setText(text);
    }

    /** Shows that something takes a while, with a progress bar that runs until it is done (null). */
    public void working(String what) {
        bar.setProgress(what == null ? 0 : -1);
        working = what != null;
        setMessage(what);
        if (what == null) {
            update();
        }
    }

    /** Keys as the menus show them (Ctrl on Linux and Windows, ⌘ on a Mac). */
    private static String keys(String accelerator) {
        return KeyCombination.keyCombination(accelerator).getDisplayText();
    }

    void update() {
        Analysis a = doc.analysis();
        if (a == null) {
            bar.setText("Nothing open. File → New or File → Open… to start.");
            counts.setText("");
            return;
        }
        Diagram d = a.graph().diagram();
        counts.setText(d.processCount() + " processes · " + d.eventCount() + " events · " + d.messageCount()
                + " messages (" + a.graph().externalMessageCount() + " external)");
        List<Integer> picked = doc.selection().events().stream().mapToInt(a::indexOf).filter(e -> e >= 0)
                .boxed().toList();
        String text;
        if (picked.size() == 2) {
            text = RelationText.of(a, picked.get(0), picked.get(1));
        } else if (picked.size() == 1) {
            text = RelationText.of(a, picked.get(0));
        } else if (doc.selection().processProperty().get() != null) {
            text = "Process " + doc.selection().processProperty().get() + " selected: F2 renames it, Delete removes it";
        } else if (doc.selection().messageProperty().get() != null) {
            text = "Message to " + doc.selection().messageProperty().get()
                    + " selected: double-click to label it, Delete removes it";
        } else if (d.processCount() == 0) {
            text = working && message != null ? message
                    : "An empty diagram: " + keys("Shortcut+Shift+A") + " adds a process, then click its line to add events";
        } else if (d.eventCount() == 0) {
            text = working && message != null ? message
                    : "Click a process line to add an event; drag from one line to another to send a message";
        } else {
            // A message (a refusal, say) describes what was just tried: after any change it is old news.
            // What is being worked on stays until the work is done.
            text = working && message != null ? message
                    : "Click an event to see its past and future; Ctrl+click a second to compare them";
        }
        if (!working) {
            message = null;
        }
        bar.setText(text);
    }
}
