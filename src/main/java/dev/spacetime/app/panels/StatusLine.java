package dev.spacetime.app.panels;

import dev.spacetime.app.document.DocumentView;
import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.AssignedClocks;
import dev.spacetime.model.Diagram;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Duration;

/**
 * The status bar: on the left what the selection means (or the last message), on the right the
 * diagram's size and the zoom. Two events' relation is a sentence or two, so the left side wraps to
 * a second line, always kept, so the canvas above does not jump; the whole text is its tooltip too.
 */
public final class StatusLine {
    /** Lines of text the status bar always has room for. */
    static final int LINES = 2;
    private final Label label = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final javafx.scene.control.Button cancel = new javafx.scene.control.Button("Cancel");
    private final Label counts = new Label();
    private final HBox bar;
    private final DocumentView doc;
    private String message;
    private boolean working;

    public StatusLine(DocumentView doc) {
        this.doc = doc;
        label.setId("status-text");
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMaxHeight(Double.MAX_VALUE);
        label.setMinWidth(0);
        label.setAlignment(Pos.CENTER_LEFT);
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(640);
        tip.setShowDelay(Duration.millis(300));
        tip.textProperty().bind(label.textProperty());
        label.setTooltip(tip);
        counts.setId("status-counts");
        counts.setMinWidth(Region.USE_PREF_SIZE);
        counts.setPadding(new Insets(0, 8, 0, 8));
        progress.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setId("status-cancel");
        cancel.setVisible(false);
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(label, Priority.ALWAYS);
        bar = new HBox(8);
        PlacedWhenShown.fill(bar, label, progress, cancel, counts);
        bar.setId("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 4, 2, 8));
        bar.setStyle("-fx-background-color: lightgray, -fx-body-color; -fx-background-insets: 0, 1 0 0 0;");
        double height = Math.ceil(LINES * lineHeight(label.getFont()) + 6);
        bar.setMinHeight(height);
        bar.setPrefHeight(height);
        bar.setMaxHeight(height);
        doc.onRefresh(this::update);
    }

    /** The height of a line of text in this font. */
    private static double lineHeight(Font font) {
        Text probe = new Text("Ag⇒‖");
        probe.setFont(font);
        return probe.getLayoutBounds().getHeight();
    }

    public HBox node() {
        return bar;
    }

    public String text() {
        return label.getText();
    }

    String counts() {
        return counts.getText();
    }

    /** Shows a message until the diagram, the selection or the view changes. */
    void setMessage(String text) {
        message = text;
        label.setText(text);
    }

    /** Shows that something takes a while, with a progress bar that runs until it is done (null). */
    public void working(String what) {
        working(what, null);
    }

    /**
     * As {@link #working(String)}, with a Cancel button beside the progress bar when {@code stop} is given:
     * the rest of the window takes no input meanwhile, so the status line is where to stop it.
     */
    public void working(String what, Runnable stop) {
        cancel.setOnAction(stop == null ? null : e -> stop.run());
        cancel.setVisible(what != null && stop != null);
        progress.setProgress(what == null ? 0 : -1);
        progress.setVisible(what != null);
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
            label.setText("Nothing open. File → New or File → Open… to start.");
            counts.setText("");
            return;
        }
        Diagram d = a.graph().diagram();
        counts.setText(d.processCount() + " processes · " + d.eventCount() + " events · " + d.messageCount()
                + " messages (" + a.graph().externalMessageCount() + " external)");
        List<Integer> picked = doc.selection().events().stream().mapToInt(a::indexOf).filter(e -> e >= 0)
                .boxed().toList();
        AssignedClocks mine = AssignedClocks.of(a);
        String text;
        if (picked.size() == 2) {
            text = RelationText.of(a, picked.get(0), picked.get(1), doc::clocksKeptBack);
        } else if (picked.size() == 1) {
            text = RelationText.of(a, picked.get(0), doc::clocksKeptBack, doc.view().conesFollowExternal.get());
            String check = mine == null ? "" : ClockCheckText.ofEvent(mine, a.graph(), picked.get(0));
            if (check.startsWith("C1") || check.startsWith("C2")) {
                text = check + " — " + text; // first, where it is read: the student's value just broke a condition
            }
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
        } else if (doc.view().practice.get() != null) {
            text = working && message != null ? message : "Practising: answer at the dots; " + keys("Shortcut+Enter")
                    + " checks, " + keys("Shortcut+Alt+H") + " gives a hint, " + keys("Shortcut+Alt+L") + " leaves";
        } else {
            // A message (a refusal, say) describes what was just tried: after any change it is old news.
            // What is being worked on stays until the work is done.
            text = working && message != null ? message
                    : mine != null ? ClockCheckText.summary(mine)
                    : "Click an event to see its past and future; Ctrl+click a second to compare them";
        }
        if (!working) {
            message = null;
        }
        label.setText(text);
    }
}
