package dev.spacetime.app;

import dev.spacetime.app.canvas.DiagramCanvas;
import dev.spacetime.app.dialogs.ExportDialog;
import dev.spacetime.app.dialogs.PhysicalClocksWindow;
import dev.spacetime.app.dialogs.RecoveryDialog;
import dev.spacetime.app.files.Autosave;
import dev.spacetime.app.files.RecoveryCheck;
import dev.spacetime.app.files.RecoveryStore;
import dev.spacetime.app.dialogs.SimulationDialogs;
import dev.spacetime.app.document.Document;
import dev.spacetime.app.document.Editor;
import dev.spacetime.app.document.ViewState;
import dev.spacetime.app.editing.CanvasGestures;
import dev.spacetime.app.editing.EditActions;
import dev.spacetime.app.editing.InlineEditor;
import dev.spacetime.app.files.BackgroundOpen;
import dev.spacetime.app.files.FileActions;
import dev.spacetime.app.files.InitialDiagram;
import dev.spacetime.app.files.RecentFiles;
import dev.spacetime.app.practice.ExerciseDialogs;
import dev.spacetime.app.practice.Practice;
import dev.spacetime.app.panels.Inspector;
import dev.spacetime.app.panels.Legend;
import dev.spacetime.app.panels.PlacedWhenShown;
import dev.spacetime.app.panels.PointerMessages;
import dev.spacetime.app.panels.SearchBar;
import dev.spacetime.app.panels.StatusLine;
import dev.spacetime.app.panels.StepBar;
import dev.spacetime.app.panels.TotalOrderPanel;
import dev.spacetime.app.panels.VerdictStrip;
import dev.spacetime.app.dialogs.MutexVerdicts;
import dev.spacetime.app.dialogs.ReplicaVerdicts;
import dev.spacetime.app.document.RunVerdict;
import dev.spacetime.layout.SpacingFit;
import java.io.File;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The Spacetime window: the diagram on one canvas with its legend, the total order ⇒ and the
 * inspector beside it, the menus above and the status bar below. This class only wires the parts
 * together; each part is its own small class.
 */
public final class SpacetimeApp extends Application {
    private final DiagramCanvas canvas = new DiagramCanvas();
    private final ViewState view = new ViewState();
    private final Editor editor = new Editor(view);
    private final Preferences settings;
    private Stage stage;
    private FileActions files;
    private PointerMessages pointer;
    private StatusLine status;
    private TotalOrderPanel totalOrder;
    private Inspector inspector;
    private Legend legend;
    private MainMenu menu;
    private StepBar stepBar;
    private VerdictStrip verdict;
    private PhysicalClocksWindow physical;
    private Presentation presentation;
    private Practice practice;
    private final RecoveryStore recovery = new RecoveryStore(RecoveryStore.userFolder());
    private Autosave autosave;
    private RecoveryCheck.Chooser recoveryChooser;

    public SpacetimeApp() {
        this(Preferences.userRoot().node("dev/spacetime/view"));
    }

    /** The app remembering its view settings (the text size) in {@code settings}. */
    SpacetimeApp(Preferences settings) {
        this.settings = settings;
    }

    @Override
    public void start(Stage primary) {
        stage = primary;
        view.rememberTextSize(settings);
        canvas.follow(editor.pictureProperty());
        StartHint.show(editor, canvas);
        editor.measureWindowWith(() -> canvas.canvas().getWidth() <= 0 || canvas.canvas().getHeight() <= 0 ? null
                : new SpacingFit.Window(canvas.canvas().getWidth(), canvas.canvas().getHeight(), canvas.margins(),
                        canvas.textFactor()));
        status = new StatusLine(editor);
        pointer = new PointerMessages(canvas, editor, status);
        Pane inlineLayer = new Pane();
        InlineEditor inline = new InlineEditor(inlineLayer, editor, (reason, field) -> {
            var p = field.localToScreen(0, field.getHeight());
            pointer.refuse(reason, p == null ? 0 : p.getX(), p == null ? 0 : p.getY());
        });
        practice = new Practice(editor, canvas, inlineLayer, pointer);
        CanvasGestures gestures = new CanvasGestures(editor, canvas, pointer, inline);
        EditActions edits = new EditActions(editor, pointer, inline, canvas, gestures);
        gestures.useMenu(edits, () -> menu.fitToWindow());
        files = new FileActions(stage, editor, RecentFiles.forUser(), () -> menu.updateRecent(), new BackgroundOpen.Busy() {
            @Override
            public void start(String what, Runnable cancel) {
                busy(true);
                status.working(what, cancel);
            }

            @Override
            public void stop() {
                busy(false);
                status.working(null);
            }
        }, warning -> pointer.done(warning));
        files.openExercisesWith(practice::start);
        stepBar = new StepBar(editor, pointer);
        verdict = new VerdictStrip(editor);
        // A saved run opened from its file is checked again, by whichever simulation made it.
        editor.judgeRunsWith(d -> {
            RunVerdict mutex = MutexVerdicts.forDiagram(d);
            return mutex != null ? mutex : ReplicaVerdicts.forDiagram(d);
        });
        SimulationDialogs simulations = new SimulationDialogs(stage, editor, files);
        Menu simulate = new Menu("Simulate", null,
                MainMenu.item("Mutual exclusion (section 4)…", "Shortcut+Alt+M", simulations::mutualExclusion),
                MainMenu.item("Replicated state machine (section 4)…", "Shortcut+Alt+S", simulations::replication),
                MainMenu.item("Anomalous behaviour (section 5)…", "Shortcut+Alt+A", simulations::anomaly),
                MainMenu.item("Physical clocks (section 6)…", "Shortcut+Alt+P", this::physicalClocks),
                new javafx.scene.control.SeparatorMenuItem(),
                MainMenu.item("Run again from its saved parameters", "Shortcut+Alt+R", simulations::runAgain));
        SearchBar search = new SearchBar(editor, canvas);
        menu = new MainMenu(editor, files, edits, canvas, stepBar, new ExportDialog(stage, editor, files, pointer), simulate,
                PracticeMenu.of(practice, new ExerciseDialogs(stage), editor, files, pointer), search, this::quit,
                () -> ShortcutSheet.show(stage, menu.node()), this::about);
        totalOrder = new TotalOrderPanel(editor);
        inspector = new Inspector(editor, pointer);
        legend = new Legend(editor);

        StackPane.setAlignment(legend.node(), Pos.TOP_LEFT);
        StackPane.setMargin(legend.node(), new Insets(8));
        StackPane centre = new StackPane(canvas, inlineLayer, legend.node());
        SplitPane side = new SplitPane(totalOrder.node(), inspector.node());
        side.setOrientation(javafx.geometry.Orientation.VERTICAL);
        side.setDividerPositions(0.6);
        SplitPane main = new SplitPane(centre, side);
        main.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(side, false);
        BorderPane root = new BorderPane(main);
        // The toolbar is in the top box, which presentation mode puts away with the menus.
        root.setTop(new javafx.scene.layout.VBox(menu.node(), new Toolbar(menu, editor).node(), search.node()));
        javafx.scene.layout.VBox bottom = new javafx.scene.layout.VBox();
        PlacedWhenShown.fill(bottom, verdict.node(), stepBar.node(), practice.panel().node(), status.node());
        root.setBottom(bottom);
        putAwayWhilePractising(side);
        presentation = new Presentation(stage, view, List.of(root.getTop(), status.node()), main, side, canvas);
        InvalidationListener sizes = o -> {
            canvas.setTextFactor(view.textFactor());
            stepBar.present(view.presentation.get(), view.textFactor());
            practice.panel().present(view.textFactor());
        };
        view.textSize.addListener(sizes);
        view.presentation.addListener(sizes);
        sizes.invalidated(null);
        // Bigger text needs more room between events, and presenting changes the window: space and fit
        // anew once the window has its new size.
        // The layout is done first, so the fit measures the canvas the window gives it now (with the step
        // bar shown or gone) whatever order the window's own layout pulse and this call come in.
        InvalidationListener refit = o -> Platform.runLater(() -> {
            root.applyCss();
            root.layout();
            menu.fitToWindow();
        });
        view.textSize.addListener(refit);
        view.presentation.addListener(refit);
        // The step bar takes a band of the window when stepping starts and gives it back when it ends: a
        // diagram spaced for the taller canvas would otherwise show only the start of its run while stepping.
        editor.player().active.addListener(refit);
        practice.sessionProperty().addListener(refit); // the practice bar comes and goes the same way

        Scene scene = new Scene(root, 1280, 800);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Y"), edits::redo);
        // Escape selects nothing wherever the focus is: the menu item's Escape accelerator alone did not
        // fire with the canvas focused. A text field being typed in (the inline editor, Find) takes
        // Escape first and consumes it.
        scene.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && !e.isConsumed()) {
                if (presentation.on()) {
                    presentation.leave();
                } else {
                    editor.selection().clear();
                }
            }
        });
        // While practising, Undo takes back the last change of the answer: the diagram itself is not edited.
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (practice.session() != null && e.getCode() == javafx.scene.input.KeyCode.Z && e.isShortcutDown()
                    && !e.isShiftDown()) {
                e.consume();
                if (!practice.undo()) {
                    pointer.done("Nothing of the answer to undo");
                }
            }
        });
        practice.sessionProperty().addListener(o -> updateTitle());
        acceptDroppedFiles(scene);
        stage.setScene(scene);
        autosave = new Autosave(recovery, Platform::runLater, Autosave.DELAY, why -> pointer.done(why));
        editor.documentProperty().addListener((obs, old, doc) -> {
            autosave.watch(doc);
            updateTitle();
            canvas.requestFocus(); // a new diagram's keys (arrows, zoom, step) go to it, not to a panel
            doc.unsavedProperty().addListener((o, was, now) -> updateTitle());
            doc.fileProperty().addListener((o, was, now) -> updateTitle());
        });
        editor.onRefresh(this::updateTitle);
        stage.setOnCloseRequest(e -> {
            if (!files.mayDiscard()) {
                e.consume();
            }
        });

        List<String> arguments = StartTiming.files(getParameters().getRaw());
        java.nio.file.Path big = InitialDiagram.big(arguments);
        java.nio.file.Path exercise = InitialDiagram.exercise(arguments);
        InitialDiagram.Result loaded = big != null || exercise != null ? new InitialDiagram.Result(null, null, null, null)
                : InitialDiagram.load(arguments);
        Document first = new Document(loaded.diagram() != null ? loaded.diagram() : new dev.spacetime.model.Diagram(),
                loaded.diagram() != null ? loaded.file() : null);
        editor.open(first);
        if (StartTiming.asked(getParameters().getRaw())) {
            // A big file's diagram comes after an empty first frame: wait for it.
            StartTiming.watch(scene, canvas, () -> big == null || editor.document() != first);
        }
        stage.show();
        // The first diagram was opened before the window had a size: space it for the window now.
        if (canvas.canvas().getWidth() > 0) {
            menu.fitToWindow();
        } else {
            Platform.runLater(menu::fitToWindow);
        }
        canvas.requestFocus();
        if (loaded.problem() != null) {
            files.error("The diagram could not be opened", loaded.problem());
        }
        if (loaded.warning() != null) {
            // Queued after the fit above (which may itself be queued): a fit clears the status line.
            Platform.runLater(() -> pointer.done(loaded.warning()));
        }
        if (big != null) {
            files.load(big); // with the window up, saying it is opening the file
        }
        if (exercise != null) {
            files.load(exercise); // opened in Practice, over an empty diagram to go back to
        }
        Platform.runLater(this::offerRecovery); // once the window is up, so the question has it behind it
        // Only a GPU pipeline (OpenGL, Direct3D) draws 3D: without it JavaFX renders in software.
        Platform.runLater(() -> SoftwareRendering.learnFromThisStart(
                Platform.isSupported(javafx.application.ConditionalFeature.SCENE3D)));
    }

    /** Offers back the unsaved work an app that crashed or was killed left behind. */
    void offerRecovery() {
        RecoveryCheck.Outcome outcome = RecoveryCheck.offer(recovery,
                recoveryChooser != null ? recoveryChooser : new RecoveryDialog(stage));
        if (outcome == null || outcome.document() == null) {
            return;
        }
        editor.open(outcome.document());
        menu.fitToWindow();
        if (outcome.choice() == RecoveryCheck.Choice.SHOW_BOTH && outcome.work().source() != null) {
            String problem = RecoveryDialog.showSaved(stage, outcome.work().source());
            if (problem != null) {
                files.error("The saved file could not be opened", problem);
            }
        }
    }

    /** A clean close: the unsaved work kept for recovery goes (the user was asked about it already). */
    @Override
    public void stop() {
        if (autosave != null) {
            autosave.close();
        }
    }

    /** While a file opens in the background, everything but the status line (which says so) takes no input. */
    private void busy(boolean busy) {
        BorderPane root = (BorderPane) stage.getScene().getRoot();
        root.getCenter().setDisable(busy);
        root.getTop().setDisable(busy);
        stepBar.node().setDisable(busy);
        stage.getScene().setCursor(busy ? javafx.scene.Cursor.WAIT : javafx.scene.Cursor.DEFAULT);
    }

    private void acceptDroppedFiles(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<File> dropped = e.getDragboard().getFiles();
            boolean done = !dropped.isEmpty();
            if (done) {
                // After the drop finishes: a dialog opened inside the drop handler would block the drag source.
                Platform.runLater(() -> files.open(dropped.get(0).toPath()));
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    /** The physical clocks window, made on first use and kept, so its parameters stay as they were left. */
    PhysicalClocksWindow physicalClocks() {
        if (physical == null) {
            physical = new PhysicalClocksWindow(stage, editor, files);
        }
        physical.show();
        return physical;
    }

    /**
     * While an exercise is open the total order ⇒ and the inspector would give its answers away: the side
     * area says so instead, and has them back when practice ends.
     */
    private void putAwayWhilePractising(SplitPane side) {
        javafx.scene.control.Label away = new javafx.scene.control.Label("The total order ⇒ and the inspector are "
                + "put away while an exercise is open: they would give the answers away.");
        away.setId("practice-away");
        away.setWrapText(true);
        away.setMaxWidth(Double.MAX_VALUE);
        away.setPadding(new Insets(12));
        javafx.scene.layout.VBox awayBox = new javafx.scene.layout.VBox(away);
        practice.sessionProperty().addListener((obs, old, now) -> {
            if ((old == null) == (now == null)) {
                return;
            }
            if (now != null) {
                side.getItems().setAll(awayBox);
            } else {
                side.getItems().setAll(totalOrder.node(), inspector.node());
                side.setDividerPositions(0.6);
            }
        });
    }

    private void updateTitle() {
        if (practice != null && practice.session() != null) {
            stage.setTitle(practice.session().exercise().title() + " — Spacetime");
            return;
        }
        Document doc = editor.document();
        if (doc == null) {
            stage.setTitle("Spacetime");
            return;
        }
        stage.setTitle((doc.unsaved() ? "• " : "") + doc.displayName() + (doc.unsaved() ? " (unsaved)" : "")
                + " — Spacetime");
    }

    private void quit() {
        if (files.mayDiscard()) {
            Platform.exit();
        }
    }

    private void about() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle("Spacetime");
        alert.setHeaderText("Spacetime");
        alert.setContentText("Space-time diagrams, clocks and causality from Lamport's 1978 paper "
                + "\"Time, Clocks, and the Ordering of Events in a Distributed System\".");
        alert.show();
    }

    // ---- for tests ----

    /** Answers the question about work left behind in place of the dialog. */
    void chooseRecoveryWith(RecoveryCheck.Chooser chooser) {
        recoveryChooser = chooser;
    }

    RecoveryStore recovery() {
        return recovery;
    }

    Editor editor() {
        return editor;
    }

    DiagramCanvas canvas() {
        return canvas;
    }

    ViewState view() {
        return view;
    }

    FileActions files() {
        return files;
    }

    PointerMessages pointer() {
        return pointer;
    }

    StatusLine status() {
        return status;
    }

    TotalOrderPanel totalOrder() {
        return totalOrder;
    }

    Inspector inspector() {
        return inspector;
    }

    Practice practice() {
        return practice;
    }

    StepBar stepBar() {
        return stepBar;
    }

    VerdictStrip verdict() {
        return verdict;
    }

    Legend legend() {
        return legend;
    }

    /** The layout on screen, or null when nothing is open. */
    dev.spacetime.layout.DiagramLayout layout() {
        return editor.layout();
    }

    /** Opens a file; if it cannot be loaded, the diagram on screen stays and the loader's message is shown. */
    void open(java.nio.file.Path file) {
        files.load(file);
    }
}
