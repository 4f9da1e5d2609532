package dev.spacetime.app;

import dev.spacetime.causality.Analysis;
import dev.spacetime.drawing.DrawingBuilder;
import dev.spacetime.io.DiagramLoadException;
import dev.spacetime.io.DiagramReader;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.model.Diagram;
import java.io.File;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The Spacetime window: the diagram on one canvas, drawn the way the View menu says (time up as in
 * the paper or right as in textbooks, physical or logical time, Lamport or vector clock labels),
 * with a status line giving the diagram's size.
 */
public final class SpacetimeApp extends Application {
    private final DiagramCanvas canvas = new DiagramCanvas();
    private final Label status = new Label();
    private final ViewState view = new ViewState();
    private Stage stage;
    private Analysis analysis;
    private DiagramLayout layout;

    @Override
    public void start(Stage primary) {
        stage = primary;
        BorderPane root = new BorderPane(canvas);
        root.setTop(MainMenu.create(view, this::chooseAndOpen, Platform::exit));
        status.setPadding(new Insets(4, 10, 4, 10));
        root.setBottom(status);
        InvalidationListener redraw = obs -> redraw();
        for (var property : view.dependencies()) {
            property.addListener(redraw);
        }
        InitialDiagram.Result loaded = InitialDiagram.load(getParameters().getUnnamed());
        stage.setTitle("Spacetime");
        status.setText("Nothing open. File → Open… opens a diagram.");
        if (loaded.diagram() != null) {
            show(loaded.diagram(), loaded.file());
        }
        stage.setScene(new Scene(root, 1000, 760));
        stage.show();
        if (loaded.problem() != null) {
            refuse(loaded.problem());
        }
    }

    /** Opens a file; if it cannot be loaded, the diagram on screen stays and the loader's message is shown. */
    void open(Path file) {
        try {
            show(DiagramReader.read(file), file);
        } catch (DiagramLoadException e) {
            refuse(e.getMessage());
        }
    }

    DiagramCanvas canvas() {
        return canvas;
    }

    ViewState view() {
        return view;
    }

    /** The layout on screen, or null when nothing is open. */
    DiagramLayout layout() {
        return layout;
    }

    private void show(Diagram diagram, Path file) {
        analysis = Analysis.of(diagram);
        redraw();
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        stage.setTitle("Spacetime — " + (diagram.title().isBlank() ? name : diagram.title()));
        status.setText(diagram.processCount() + " processes · " + diagram.eventCount() + " events · "
                + diagram.messageCount() + " messages (" + analysis.graph().externalMessageCount() + " external)");
    }

    private void redraw() {
        if (analysis == null) {
            return;
        }
        layout = DiagramLayout.of(analysis, view.orientation.get(), view.timeMode.get());
        canvas.setDrawing(DrawingBuilder.build(layout, view.clockLabels.get()));
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a diagram");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Spacetime diagrams (*.json)", "*.json"));
        File examples = InitialDiagram.DEFAULT.toAbsolutePath().getParent().toFile();
        if (examples.isDirectory()) {
            chooser.setInitialDirectory(examples);
        }
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    /** The loader's message in a dialog the user can read and copy. */
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
