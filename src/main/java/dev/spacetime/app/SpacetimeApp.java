package dev.spacetime.app;

import dev.spacetime.causality.Analysis;
import dev.spacetime.drawing.ClockLabels;
import dev.spacetime.drawing.DrawingBuilder;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.TimeMode;
import dev.spacetime.model.Diagram;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The Spacetime window: the diagram on one canvas, time going up as in the paper, each event
 * labelled with its id and Lamport clock, and a status line with the diagram's size.
 */
public final class SpacetimeApp extends Application {
    private final DiagramCanvas canvas = new DiagramCanvas();
    private final Label status = new Label();

    @Override
    public void start(Stage stage) {
        BorderPane root = new BorderPane(canvas);
        status.setPadding(new Insets(4, 10, 4, 10));
        root.setBottom(status);
        InitialDiagram.Result loaded = InitialDiagram.load(getParameters().getUnnamed());
        if (loaded.diagram() != null) {
            show(loaded.diagram());
            stage.setTitle("Spacetime — " + titleOf(loaded.diagram(), loaded.file().getFileName().toString()));
        } else {
            status.setText("Nothing open: " + loaded.file() + " could not be loaded.");
            stage.setTitle("Spacetime");
        }
        stage.setScene(new Scene(root, 1000, 760));
        stage.show();
        if (loaded.problem() != null) {
            refuse(loaded.problem());
        }
    }

    private DiagramLayout layout;

    void show(Diagram diagram) {
        Analysis analysis = Analysis.of(diagram);
        layout = DiagramLayout.of(analysis, Orientation.TIME_UP, TimeMode.PHYSICAL);
        canvas.setDrawing(DrawingBuilder.build(layout, ClockLabels.LAMPORT));
        status.setText(diagram.processCount() + " processes · " + diagram.eventCount() + " events · "
                + diagram.messageCount() + " messages · labels show each event's Lamport clock C");
    }

    DiagramCanvas canvas() {
        return canvas;
    }

    /** The layout on screen, or null when nothing is open. */
    DiagramLayout layout() {
        return layout;
    }

    private static String titleOf(Diagram diagram, String fileName) {
        return diagram.title().isBlank() ? fileName : diagram.title();
    }

    /** The loader's message in a dialog the user can read and copy; the window stays empty. */
    private static void refuse(String problems) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle("Spacetime");
        alert.setHeaderText("The diagram could not be opened");
        TextArea text = new TextArea(problems);
        text.setEditable(false);
        text.setWrapText(true);
        alert.getDialogPane().setContent(text);
        alert.show();
    }
}
