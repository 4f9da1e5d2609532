package dev.spacetime.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;

/** Help → Keyboard shortcuts: every menu accelerator, read from the menus themselves so it never goes stale, and the mouse gestures. */
final class ShortcutSheet {
    /** The sheet's width in characters: no line is longer, so it never scrolls sideways. */
    static final int COLUMNS = 76;

    /** The mouse gestures, each what to do and what it does. */
    private static final String[][] GESTURES = {
        {"Click an event", "select it: past, future and concurrent events coloured"},
        {"Ctrl+click a second event", "compare the two: relation in words, chain drawn"},
        {"Click a process line", "add an event there"},
        {"Drag from an event or a line", "to another line: send a message"},
        {"Drag an event along its line", "move it"},
        {"Drag on empty space", "pan"},
        {"Wheel or pinch", "zoom at the pointer"},
        {"Double-click", "rename an event or process, label a message"},
        {"Ctrl+click a process line", "select the process"},
        {"Right-click", "a menu of what can be done to what is there"},
        {"Right-click an event", "Set my clock…: type your own clock value at it"},
        {"Click an event while practising", "answer there: type its clock, or mark it in a cone or an order"},
        {"1, 2, 3 while practising", "a → b, b → a, a ‖ b for the ringed pair"},
    };

    private ShortcutSheet() {
    }

    static String text(MenuBar bar) {
        List<String[]> keys = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu, menu.getText(), keys);
        }
        keys.add(new String[] {"Ctrl+Y", "Edit → Redo"});
        StringBuilder sb = new StringBuilder();
        section(sb, "Keyboard", keys);
        sb.append('\n');
        section(sb, "Mouse", List.of(GESTURES));
        return sb.toString();
    }

    /** Every item of a menu and of its submenus that has a key, as a row: the keys, and where the item is. */
    private static void collect(Menu menu, String path, List<String[]> keys) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, path + " → " + sub.getText(), keys);
            } else if (!(item instanceof SeparatorMenuItem) && item.getAccelerator() != null) {
                keys.add(new String[] {printed(item.getAccelerator().getDisplayText()), path + " → " + item.getText()});
            }
        }
    }

    /** A heading, then one row per entry: the keys or gesture in a column as wide as the widest, the rest wrapped beside it. */
    private static void section(StringBuilder sb, String heading, List<String[]> rows) {
        sb.append(heading).append('\n');
        int keyWidth = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        int room = COLUMNS - 2 - keyWidth - 2;
        for (String[] row : rows) {
            String key = row[0];
            for (String line : wrap(row[1], room)) {
                sb.append("  ").append(String.format("%-" + keyWidth + "s", key)).append("  ").append(line).append('\n');
                key = "";
            }
        }
    }

    /** The text broken at spaces into lines of at most {@code width} characters (a longer word stands alone). */
    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /**
     * A key combination as printed on a keyboard: JavaFX spells a few keys by their code names
     * ("CLOSE_BRACKET"), which become the key's character ("]") or its name.
     */
    static String printed(String displayText) {
        StringBuilder out = new StringBuilder();
        for (String part : displayText.split("\\+", -1)) {
            String shown = part;
            if (part.matches("[A-Z0-9]+_[A-Z0-9_]+")) {
                try {
                    KeyCode code = KeyCode.valueOf(part);
                    String c = code.getChar();
                    shown = c.length() == 1 && !Character.isLetterOrDigit(c.charAt(0)) && !c.isBlank() ? c : code.getName();
                } catch (IllegalArgumentException notAKeyName) {
                    shown = part;
                }
            }
            out.append(out.length() > 0 ? "+" : "").append(shown);
        }
        return out.toString();
    }

    static void show(Window owner, MenuBar bar) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Spacetime");
        alert.setHeaderText("Keyboard shortcuts and mouse gestures");
        TextArea area = new TextArea(text(bar));
        area.setEditable(false);
        area.setStyle("-fx-font-family: 'DejaVu Sans Mono', monospace;");
        area.setPrefColumnCount(COLUMNS);
        area.setPrefRowCount(26);
        alert.getDialogPane().setContent(area);
        alert.show();
    }
}
