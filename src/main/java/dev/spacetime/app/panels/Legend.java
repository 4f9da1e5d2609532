package dev.spacetime.app.panels;

import dev.spacetime.app.document.DocumentView;
import dev.spacetime.app.document.ViewState;
import dev.spacetime.causality.CausalCone;
import dev.spacetime.causality.AssignedClocks;
import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.DrawingOptions;
import dev.spacetime.drawing.PairCountText;
import dev.spacetime.drawing.PictureKey;
import dev.spacetime.drawing.Role;
import dev.spacetime.fxpaint.Theme;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;

/** The key to the colours on the canvas, shown in its corner while something needs explaining (not while presenting). */
public final class Legend {
    private final HBox box = new HBox(14);
    private final DocumentView doc;

    public Legend(DocumentView doc) {
        this.doc = doc;
        box.setId("legend");
        box.setPadding(new Insets(6, 10, 6, 10));
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMaxSize(HBox.USE_PREF_SIZE, HBox.USE_PREF_SIZE);
        box.setStyle("-fx-background-color: rgba(255,255,255,0.92); -fx-border-color: #bbbbbb;"
                + " -fx-background-radius: 4; -fx-border-radius: 4;");
        box.setMouseTransparent(true);
        doc.onRefresh(this::update);
        doc.view().presentation.addListener(o -> update());
        update();
    }

    public HBox node() {
        return box;
    }

    /** The words shown, for tests. */
    public List<String> entries() {
        return box.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    private void update() {
        box.getChildren().clear();
        int selected = doc.selection().events().size();
        if (selected == 1 && externalCones()) {
            dot(Role.SELECTED, "selected");
            dot(Role.PAST, "past under ➝ (external messages count)");
            dot(Role.FUTURE, "future under ➝ (external messages count)");
            dot(Role.CONCURRENT, "unordered by ➝" + concurrentWithSelected());
        } else if (selected == 1) {
            dot(Role.SELECTED, "selected");
            dot(Role.PAST, "causal past (happened before)");
            dot(Role.FUTURE, "causal future (happened after)");
            dot(Role.CONCURRENT, "concurrent ‖" + concurrentWithSelected());
        } else if (selected == 2) {
            dot(Role.SELECTED, "the two selected events");
            line(Role.WITNESS, "chain proving a → b");
        } else if (doc.selection().processProperty().get() != null) {
            line(Role.SELECTED_PROCESS, "selected process");
        } else if (doc.selection().messageProperty().get() != null) {
            line(Role.SELECTED_MESSAGE, "selected message");
        }
        ViewState v = doc.view();
        if (v.tickLines.get()) {
            line(Role.TICK_LINE, "tick lines");
        }
        if (v.concurrentPairs.get()) {
            line(Role.CONCURRENT_PAIR, pairsText());
        }
        if (v.falseOrderings.get()) {
            line(Role.FALSE_ORDERING, "false orderings: C(a) < C(b), a ‖ b"
                    + shown(doc.analysis().pairCounts().falseOrderings()));
        }
        if (v.anomalies.get() && doc.analysis() != null) {
            long anomalies = doc.analysis().pairCounts().anomalies();
            line(Role.ANOMALY, anomalies == 0 ? "anomalies: none, every a ➝ b has C(a) < C(b)"
                    : PictureKey.ANOMALIES + shown(anomalies));
        }
        clockMarks();
        if (v.collapseRuns.get()) {
            line(Role.RUN, "runs of local events, drawn as their first");
        }
        if (!v.hidden.isEmpty() && impliedArcsDrawn()) {
            line(Role.IMPLIED, "through hidden " + String.join(", ", new java.util.TreeSet<>(v.hidden)));
        }
        if (doc.analysis() != null && doc.analysis().hasExternalMessages()) {
            line(Role.EXTERNAL_MESSAGE, "external message");
        }
        box.setVisible(!box.getChildren().isEmpty() && !v.presentation.get());
    }

    /** The marks where my clocks fail, each half of the Clock Condition named with its count. */
    private void clockMarks() {
        AssignedClocks mine = doc.analysis() == null ? null : AssignedClocks.of(doc.analysis());
        if (mine == null) {
            return;
        }
        int c1 = mine.c1Violations().size();
        int c2 = mine.c2Violations().size();
        if (c1 > 0) {
            line(Role.C1_FAILS, PictureKey.C1_TEXT + " (" + c1 + ")");
        }
        if (c2 > 0) {
            line(Role.C2_FAILS, PictureKey.C2_TEXT + " (" + c2 + ")");
        }
    }

    /** Whether any arc through a hidden process is drawn: hiding a process no message reaches through draws none. */
    private boolean impliedArcsDrawn() {
        Drawing drawing = doc.drawing();
        return drawing != null && drawing.shapes().stream().anyMatch(s -> s.role() == Role.IMPLIED);
    }

    /** ": 4 events" for the one selected event, or "" when there is none. */
    private String concurrentWithSelected() {
        int e = doc.analysis() == null ? -1 : doc.analysis().indexOf(doc.selection().events().get(0));
        return e < 0 ? "" : ": " + PairCountText.events(cone(e).concurrentSize());
    }

    /**
     * "17 concurrent pairs", and with one event selected how many of them are its own (only those are
     * drawn then); any pair left out for want of a line clear of other events is counted.
     */
    private String pairsText() {
        long total = doc.analysis().pairCounts().concurrent();
        List<String> selected = doc.selection().events();
        int e = selected.size() == 1 ? doc.analysis().indexOf(selected.get(0)) : -1;
        Drawing drawing = doc.drawing();
        long drawn = drawing == null ? 0 : drawing.shapes().stream().filter(s -> s.role() == Role.CONCURRENT_PAIR).count();
        return e >= 0 ? PairCountText.ofEvent(total, selected.get(0), cone(e).concurrentSize(), drawn, externalCones())
                : PairCountText.all(total, drawn);
    }

    /** Whether the canvas colours a selected event's cone under ➝: asked to, and there are external messages. */
    private boolean externalCones() {
        return doc.view().conesFollowExternal.get() && doc.analysis() != null && doc.analysis().hasExternalMessages();
    }

    /** The selected event's cone as the canvas colours it. */
    private CausalCone cone(int e) {
        return externalCones() ? doc.analysis().coneWithExternal(e) : doc.analysis().cone(e);
    }

    /** "", or " (first 5,000 of 81,234)" when the drawing holds only some of the pairs. */
    private static String shown(long total) {
        return total > DrawingOptions.PAIR_LINE_LIMIT
                ? String.format(" (first %,d of %,d)", DrawingOptions.PAIR_LINE_LIMIT, total) : "";
    }

    private void dot(Role role, String text) {
        Circle c = new Circle(6, Theme.colour(role));
        add(c, text);
    }

    private void line(Role role, String text) {
        Line l = new Line(0, 0, 22, 0);
        l.setStroke(Theme.colour(role));
        l.setStrokeWidth(Math.min(4, dev.spacetime.drawing.Style.lineWidth(role) + 1));
        if (role == Role.ANOMALY) {
            // Dash-dot as on the canvas: solid, it would read as the external message of the same colour.
            for (double d : dev.spacetime.drawing.Style.dashes(role)) {
                l.getStrokeDashArray().add(d);
            }
        }
        add(l, text);
    }

    private void add(javafx.scene.Node swatch, String text) {
        Label label = new Label(text, swatch);
        label.setGraphicTextGap(6);
        box.getChildren().add(label);
    }
}
