package dev.spacetime.app;

import dev.spacetime.app.canvas.DiagramCanvas;
import dev.spacetime.app.dialogs.ExportDialog;
import dev.spacetime.app.document.Document;
import dev.spacetime.app.document.Editor;
import dev.spacetime.app.document.Player;
import dev.spacetime.app.document.TextSize;
import dev.spacetime.app.document.ViewState;
import dev.spacetime.app.editing.EditActions;
import dev.spacetime.app.files.FileActions;
import dev.spacetime.app.panels.SearchBar;
import dev.spacetime.app.panels.StepBar;
import dev.spacetime.drawing.ClockLabels;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.TimeMode;
import dev.spacetime.step.Linearization;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** The menu bar: every action of the app, each with its keyboard shortcut. */
final class MainMenu {
    /** Edit → Add process, which the empty canvas's hint names too. */
    static final String ADD_PROCESS = "Shortcut+Shift+A";
    /** Where an item made by {@link #item} keeps its action, for a button that does the same (in its properties). */
    static final String ACTION = "spacetime.action";
    private final Editor editor;
    private final FileActions files;
    private final EditActions edits;
    private final DiagramCanvas canvas;
    private final StepBar steps;
    private final ExportDialog exports;
    private final SearchBar search;
    private final Menu recentMenu = new Menu("Open Recent");
    private final MenuBar bar;

    MainMenu(Editor editor, FileActions files, EditActions edits, DiagramCanvas canvas, StepBar steps,
            ExportDialog exports, Menu simulate, Menu practice, SearchBar search, Runnable quit, Runnable shortcuts, Runnable about) {
        this.editor = editor;
        this.files = files;
        this.edits = edits;
        this.canvas = canvas;
        this.steps = steps;
        this.exports = exports;
        this.search = search;
        recentMenu.setId("recent-menu");
        bar = new MenuBar(fileMenu(quit), editMenu(), viewMenu(), stepMenu(), simulate, practice, helpMenu(shortcuts, about));
        updateRecent();
    }

    MenuBar node() {
        return bar;
    }

    /** Lists the recent files again (after one was opened or saved). */
    void updateRecent() {
        recentMenu.getItems().clear();
        for (Path file : files.recent().list()) {
            MenuItem item = new MenuItem(file.getFileName() + " — " + file.getParent());
            item.setOnAction(e -> files.open(file));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private Menu fileMenu(Runnable quit) {
        return new Menu("File", null,
                item("New", "Shortcut+N", files::newDiagram),
                item("Open…", "Shortcut+O", files::chooseAndOpen),
                recentMenu,
                new SeparatorMenuItem(),
                item("Save", "Shortcut+S", files::save),
                item("Save As…", "Shortcut+Shift+S", files::saveAs),
                item("Export picture…", "Shortcut+E", exports::show),
                item("Copy diagram as an image", "Shortcut+Shift+C", exports::copyToClipboard),
                item("Export as ShiViz log…", "Shortcut+Shift+G", files::exportLog),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", quit));
    }

    private Menu editMenu() {
        MenuItem undo = item("Undo", "Shortcut+Z", edits::undo);
        undo.setId("undo-item");
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", edits::redo);
        redo.setId("redo-item");
        Menu menu = new Menu("Edit", null, undo, redo, new SeparatorMenuItem(),
                named("delete-item", item("Delete (receive events of its messages stay, as local events)", "Delete",
                        edits::delete)),
                item("Rename or label in place", "F2", edits::rename),
                item("Select nothing", "Escape", () -> editor.selection().clear()),
                item("Find events…", "Shortcut+F", () -> {
                    editor.view().presentation.set(false); // the find bar is put away while presenting
                    search.focus();
                }),
                item("Find next", "F3", () -> search.step(1)),
                item("Find previous", "Shift+F3", () -> search.step(-1)),
                new SeparatorMenuItem(),
                named("add-process-item", item("Add process", ADD_PROCESS, edits::addProcess)),
                named("add-event-item", item("Add event (after the selected event, or at the end of the selected process)",
                        "Shortcut+Shift+E", edits::addEvent)),
                named("send-message-item", item("Send a message from the selected event…", "Shortcut+Shift+M",
                        edits::sendMessage)),
                named("renumber-item", item("Renumber events (p1, p2, … up each process)", "Shortcut+Shift+N",
                        edits::renumberEvents)),
                item("Move process left", "Shortcut+Shift+LEFT", () -> edits.moveProcess(-1)),
                item("Move process right", "Shortcut+Shift+RIGHT", () -> edits.moveProcess(1)),
                item("Message external / internal", "Shortcut+Shift+X", edits::toggleExternal),
                named("clear-my-clocks-item", item("Clear my clocks (every clock value you gave)",
                        "Shortcut+Alt+K", edits::clearMyClocks)));
        // The names of the changes Undo and Redo would take back or make again.
        menu.setOnShowing(e -> {
            Document doc = editor.document();
            String u = doc == null ? null : doc.commands().undoNameProperty().get();
            String r = doc == null ? null : doc.commands().redoNameProperty().get();
            undo.setText(u == null ? "Undo" : "Undo " + u);
            redo.setText(r == null ? "Redo" : "Redo " + r);
            undo.setDisable(u == null);
            redo.setDisable(r == null);
        });
        menu.setOnHidden(e -> {
            undo.setDisable(false);
            redo.setDisable(false);
        });
        return menu;
    }

    private Menu viewMenu() {
        ViewState view = editor.view();
        ToggleGroup orientation = new ToggleGroup();
        ToggleGroup time = new ToggleGroup();
        ToggleGroup clocks = new ToggleGroup();
        return new Menu("View", null,
                choice(orientation, view.orientation, Orientation.TIME_UP, "Time goes up (the paper)", "Shortcut+UP"),
                choice(orientation, view.orientation, Orientation.TIME_RIGHT, "Time goes right (textbooks)",
                        "Shortcut+RIGHT"),
                new SeparatorMenuItem(),
                choice(time, view.timeMode, TimeMode.PHYSICAL, "Physical time", "Shortcut+P"),
                choice(time, view.timeMode, TimeMode.LOGICAL, "Logical time (Lamport clocks, Figure 3)", "Shortcut+L"),
                toggle(view.tickLines, "Tick lines (Figure 2)", "Shortcut+T"),
                new SeparatorMenuItem(),
                choice(clocks, view.clockLabels, ClockLabels.LAMPORT, "Label events with Lamport clocks", "Shortcut+1"),
                choice(clocks, view.clockLabels, ClockLabels.VECTOR, "Label events with vector clocks", "Shortcut+2"),
                choice(clocks, view.clockLabels, ClockLabels.NONE, "Label events with ids only", "Shortcut+3"),
                new SeparatorMenuItem(),
                toggle(view.concurrentPairs, "Show all concurrent pairs", "Shortcut+K"),
                toggle(view.falseOrderings, "Mark false orderings (C(a) < C(b) yet a ‖ b)", "Shortcut+Shift+F"),
                named("anomalies-item", toggle(view.anomalies, "Mark anomalies (a ➝ b, yet C(a) ≥ C(b))",
                        "Shortcut+Shift+V")),
                named("external-cones-item", toggle(view.conesFollowExternal,
                        "Cones follow external messages (past and future under ➝)", "Shortcut+Shift+K")),
                new SeparatorMenuItem(),
                item("Hide the selected process", "Shortcut+H", edits::hideProcess),
                item("Show every process", "Shortcut+Shift+H", edits::showAllProcesses),
                toggle(view.collapseRuns, "Collapse runs of local events", "Shortcut+Shift+L"),
                new SeparatorMenuItem(),
                item("Zoom in", "Shortcut+EQUALS", () -> canvas.zoomAtCentre(1.25)),
                item("Zoom out", "Shortcut+MINUS", () -> canvas.zoomAtCentre(0.8)),
                item("Fit to window", "Shortcut+0", this::fitToWindow),
                new SeparatorMenuItem(),
                textSizeMenu(view),
                named("presentation-item", toggle(view.presentation, "Presentation mode", "F11")));
    }

    /** Spaces the diagram anew for the window as it is now, and fits the view to it. */
    void fitToWindow() {
        editor.fitSpacing();
        canvas.fitToWindow();
    }

    /** View → Text size: one radio item per size, and keys to step to the next size up or down. */
    private static Menu textSizeMenu(ViewState view) {
        ToggleGroup sizes = new ToggleGroup();
        Menu menu = new Menu("Text size");
        for (TextSize size : TextSize.values()) {
            RadioMenuItem item = new RadioMenuItem(size.label());
            item.setToggleGroup(sizes);
            item.setSelected(view.textSize.get() == size);
            item.setOnAction(e -> view.textSize.set(size));
            view.textSize.addListener((obs, old, now) -> item.setSelected(now == size));
            menu.getItems().add(item);
        }
        menu.getItems().addAll(new SeparatorMenuItem(),
                item("Larger", "Shortcut+Alt+EQUALS", () -> view.textSize.set(view.textSize.get().larger())),
                item("Smaller", "Shortcut+Alt+MINUS", () -> view.textSize.set(view.textSize.get().smaller())));
        return menu;
    }

    private Menu stepMenu() {
        Player player = editor.player();
        ToggleGroup order = new ToggleGroup();
        CheckMenuItem on = toggle(player.active, "Step through the execution", "F5");
        on.setId("step-item");
        return new Menu("Step", null, on,
                new SeparatorMenuItem(),
                stepping("Step forward", "RIGHT", steps::forward),
                stepping("Step back", "LEFT", player::back),
                stepping("To the start", "HOME", player::toStart),
                stepping("To the end", "END", player::toEnd),
                item("Play / pause", "SPACE", steps::togglePlay),
                item("Faster", "CLOSE_BRACKET", () -> player.speed.set(Math.min(8, player.speed.get() * 1.5))),
                item("Slower", "OPEN_BRACKET", () -> player.speed.set(Math.max(0.25, player.speed.get() / 1.5))),
                new SeparatorMenuItem(),
                named("hide-future-clocks-item", toggle(editor.view().hideFutureClocks,
                        "Hide the clocks of events still to come (predict them)", "Shortcut+Shift+P")),
                new SeparatorMenuItem(),
                choice(order, player.kind, Linearization.Kind.TOTAL_ORDER, "Order: " + StepBar.name(Linearization.Kind.TOTAL_ORDER), "Alt+1"),
                named("exact-order-item", choice(order, player.kind, Linearization.Kind.EXACT_TOTAL_ORDER,
                        "Order: " + StepBar.name(Linearization.Kind.EXACT_TOTAL_ORDER), "Alt+4")),
                choice(order, player.kind, Linearization.Kind.PHYSICAL_TIME, "Order: " + StepBar.name(Linearization.Kind.PHYSICAL_TIME), "Alt+2"),
                choice(order, player.kind, Linearization.Kind.BY_HAND, "Order: " + StepBar.name(Linearization.Kind.BY_HAND), "Alt+3"));
    }

    /** A stepping action; it turns the step-through on if it was off. */
    private MenuItem stepping(String text, String accelerator, Runnable action) {
        return item(text, accelerator, () -> {
            editor.player().active.set(true);
            action.run();
        });
    }

    private Menu helpMenu(Runnable shortcuts, Runnable about) {
        return new Menu("Help", null, item("Keyboard shortcuts", "F1", shortcuts), item("About Spacetime", null, about));
    }

    /** The item with this id, in any menu or submenu, or null. */
    MenuItem find(String id) {
        for (Menu menu : bar.getMenus()) {
            MenuItem found = find(menu, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static MenuItem find(Menu menu, String id) {
        for (MenuItem item : menu.getItems()) {
            if (id.equals(item.getId())) {
                return item;
            }
            if (item instanceof Menu sub && find(sub, id) != null) {
                return find(sub, id);
            }
        }
        return null;
    }

    private static <T extends MenuItem> T named(String id, T item) {
        item.setId(id);
        return item;
    }

    static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        KeyCombination keys = accelerator == null ? null : KeyCombination.keyCombination(accelerator);
        item.setAccelerator(keys);
        item.getProperties().put(ACTION, action);
        item.setOnAction(e -> {
            // A bare key (Space, arrows, Delete) belongs to a text field being typed in, not to the menu.
            boolean bare = keys != null && keys.getShortcut() == KeyCombination.ModifierValue.UP
                    && keys.getControl() == KeyCombination.ModifierValue.UP && keys.getAlt() == KeyCombination.ModifierValue.UP;
            if (bare && typing(e)) {
                return;
            }
            action.run();
        });
        return item;
    }

    /** Whether the key went to a text field (the event's source window has one focused). */
    private static boolean typing(javafx.event.ActionEvent e) {
        for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
            if (w.isFocused() && w.getScene() != null
                    && w.getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl) {
                return true;
            }
        }
        return false;
    }

    /** A radio item that shows and sets one value of a property, kept in step both ways. */
    private static <T> RadioMenuItem choice(ToggleGroup group, ObjectProperty<T> property, T value, String text,
            String accelerator) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setToggleGroup(group);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setSelected(property.get() == value);
        item.setOnAction(e -> property.set(value));
        property.addListener((obs, old, now) -> item.setSelected(now == value));
        return item;
    }

    private static CheckMenuItem toggle(BooleanProperty property, String text, String accelerator) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setAccelerator(accelerator == null ? null : KeyCombination.keyCombination(accelerator));
        item.selectedProperty().bindBidirectional(property);
        return item;
    }

}
