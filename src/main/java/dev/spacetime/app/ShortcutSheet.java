package dev.spacetime.app;

import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Help → Keyboard shortcuts: every menu accelerator, read from the menus themselves so it never goes stale, and the mouse gestures. */
final class ShortcutSheet {
    static final String GESTURES = """
            Mouse
              Click an event                    select it: past, future and concurrent events coloured
              Ctrl+click a second event         compare the two: relation in words, chain drawn
              Click a process line              add an event there
              Drag from an event or a line      to another line: send a message
              Drag an event along its line      move it
              Drag on empty space               pan
              Wheel or pinch                    zoom at the pointer
              Double-click                      rename an event or process, label a message
              Ctrl+click a process line         select the process
            """;

    private ShortcutSheet() {
    }

    static String text(MenuBar bar) {
        StringBuilder sb = new StringBuilder("Keyboard\n");
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (!(item instanceof SeparatorMenuItem) && item.getAccelerator() != null) {
                    sb.append(String.format("  %-32s  %s%n", item.getAccelerator().getDisplayText(),
                            menu.getText() + " → " + item.getText()));
                }
            }
        }
        sb.append(String.format("  %-32s  %s%n", "Ctrl+Y", "Edit → Redo"));
        return sb.append('\n').append(GESTURES).toString();
    }

    static void show(Window owner, MenuBar bar) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Spacetime");
        alert.setHeaderText("Keyboard shortcuts and mouse gestures");
        TextArea area = new TextArea(text(bar));
        area.setEditable(false);
        area.setStyle("-fx-font-family: 'DejaVu Sans Mono', monospace;");
        area.setPrefColumnCount(76);
        area.setPrefRowCount(26);
        alert.getDialogPane().setContent(area);
        alert.show();
    }
}
