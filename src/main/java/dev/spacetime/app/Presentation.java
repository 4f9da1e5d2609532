package dev.spacetime.app;

import dev.spacetime.app.document.ViewState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * Presentation mode, for showing the diagram to a room: the window full screen and the panels put
 * away so the diagram fills it. It follows {@link ViewState#presentation}; leaving full screen by any
 * means leaves it too, and the panels come back as they were.
 */
final class Presentation {
    private final Stage stage;
    private final ViewState view;
    private final List<Node> panels;
    private final Node diagram;
    private final SplitPane split;
    private final Node side;
    private double[] dividers;
    private double[] bounds; // the window's {x, y, width, height} before presenting
    private double splitWidth;  // and the split pane's width
    private int sideAt;
    /** Each panel put away, and whether it was visible and managed before. */
    private final Map<Node, boolean[]> before = new LinkedHashMap<>();

    /**
     * Puts {@code panels} away while presenting, and takes {@code side} out of {@code split} (a split pane
     * keeps the room of a hidden item); {@code diagram} takes the keys.
     */
    Presentation(Stage stage, ViewState view, List<Node> panels, SplitPane split, Node side, Node diagram) {
        this.stage = stage;
        this.view = view;
        this.panels = List.copyOf(panels);
        this.split = split;
        this.side = side;
        this.diagram = diagram;
        stage.setFullScreenExitHint("Esc or F11 leaves presentation mode");
        // Esc is the scene's to handle (leave()), so it is not both the stage's exit key and a selection change.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        view.presentation.addListener((obs, was, on) -> {
            if (on) {
                enter();
            } else {
                restore();
            }
        });
        stage.fullScreenProperty().addListener((obs, was, full) -> {
            if (!full) {
                view.presentation.set(false);
            }
        });
    }

    /** Leaves presentation mode, if on. */
    void leave() {
        view.presentation.set(false);
    }

    boolean on() {
        return view.presentation.get();
    }

    private void enter() {
        for (Node panel : panels) {
            before.put(panel, new boolean[] {panel.isVisible(), panel.isManaged()});
            panel.setVisible(false);
            panel.setManaged(false);
        }
        dividers = split.getDividerPositions();
        bounds = new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()};
        splitWidth = split.getWidth();
        sideAt = split.getItems().indexOf(side);
        split.getItems().remove(side);
        stage.setFullScreen(true);
        diagram.requestFocus(); // a hidden field or table must not keep the keys
    }

    private void restore() {
        before.forEach((panel, was) -> {
            panel.setVisible(was[0]);
            panel.setManaged(was[1]);
        });
        before.clear();
        stage.setFullScreen(false); // first: the window's size settles before the dividers are set
        if (bounds != null && !stage.isMaximized()) {
            // Leaving full screen does not give every platform's window its old size back.
            stage.setX(bounds[0]);
            stage.setY(bounds[1]);
            stage.setWidth(bounds[2]);
            stage.setHeight(bounds[3]);
            bounds = null;
        }
        if (dividers != null) {
            double[] saved = dividers;
            split.getItems().add(sideAt, side);
            split.setDividerPositions(saved);
            // The side panel keeps its width when the window resizes, which moves the divider once the
            // window has its old size back (on some platforms later than this): set it again each time
            // the split pane's width changes until it is the width it had.
            if (split.getWidth() != splitWidth) {
                double target = splitWidth;
                javafx.beans.value.ChangeListener<Number> settle = new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number was, Number now) {
                        split.setDividerPositions(saved);
                        if (now.doubleValue() == target) {
                            split.widthProperty().removeListener(this);
                        }
                    }
                };
                split.widthProperty().addListener(settle);
            }
            javafx.application.Platform.runLater(() -> split.setDividerPositions(saved));
            dividers = null;
        }
    }
}
