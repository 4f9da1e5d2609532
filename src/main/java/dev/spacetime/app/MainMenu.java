package dev.spacetime.app;

import dev.spacetime.drawing.ClockLabels;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.TimeMode;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** The menu bar: File to open and quit, View to choose how the diagram is drawn. */
final class MainMenu {
    private MainMenu() {
    }

    static MenuBar create(ViewState view, Runnable open, Runnable quit) {
        MenuItem openItem = new MenuItem("Open…");
        openItem.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        openItem.setOnAction(e -> open.run());
        MenuItem quitItem = new MenuItem("Quit");
        quitItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quitItem.setOnAction(e -> quit.run());
        Menu file = new Menu("File", null, openItem, new SeparatorMenuItem(), quitItem);

        ToggleGroup orientation = new ToggleGroup();
        ToggleGroup time = new ToggleGroup();
        ToggleGroup clocks = new ToggleGroup();
        Menu viewMenu = new Menu("View", null,
                choice(orientation, view.orientation, Orientation.TIME_UP, "Time goes up (the paper)", "Shortcut+UP"),
                choice(orientation, view.orientation, Orientation.TIME_RIGHT, "Time goes right (textbooks)",
                        "Shortcut+RIGHT"),
                new SeparatorMenuItem(),
                choice(time, view.timeMode, TimeMode.PHYSICAL, "Physical time", "Shortcut+P"),
                choice(time, view.timeMode, TimeMode.LOGICAL, "Logical time (Lamport clocks, Figure 3)", "Shortcut+L"),
                new SeparatorMenuItem(),
                choice(clocks, view.clockLabels, ClockLabels.LAMPORT, "Label events with Lamport clocks", "Shortcut+1"),
                choice(clocks, view.clockLabels, ClockLabels.VECTOR, "Label events with vector clocks", "Shortcut+2"),
                choice(clocks, view.clockLabels, ClockLabels.NONE, "Label events with ids only", "Shortcut+3"));
        return new MenuBar(file, viewMenu);
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
}
