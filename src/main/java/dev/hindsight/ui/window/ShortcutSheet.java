package dev.hindsight.ui.window;

import dev.hindsight.ui.markdown.MarkdownEditor;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The keyboard-shortcut sheet (F1): every accelerator of the window's menus, read from the
 * menus themselves so that none can be missing, then the keys that work inside a field or a
 * table. Keys are written by JavaFX ({@link KeyCombination#getDisplayText()}): Ctrl+S here,
 * ⌘S on macOS.
 */
final class ShortcutSheet {
    /** One line of the sheet: the keys and what they do. */
    record Line(String keys, String does) {
    }

    private static final KeyCombination.Modifier SHORTCUT = KeyCombination.SHORTCUT_DOWN;

    private ShortcutSheet() {
    }

    /** Every menu item with an accelerator, in menu order, as "File ▸ Save". */
    static List<Line> fromMenus(List<Menu> menus) {
        List<Line> lines = new ArrayList<>();
        for (Menu menu : menus) {
            collect(menu, plain(menu.getText()), lines);
        }
        return lines;
    }

    private static void collect(Menu menu, String path, List<Line> lines) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof SeparatorMenuItem) {
                continue;
            }
            Object name = item.getProperties().get(AppAction.SHEET_NAME);
            String where = path + " \u25B8 " + plain(name instanceof String fixed ? fixed : item.getText());
            if (item instanceof Menu sub) {
                collect(sub, where, lines);
            } else if (item.getAccelerator() != null) {
                lines.add(new Line(item.getAccelerator().getDisplayText(), where));
            }
        }
    }

    /** The keys that act inside a text field, a Markdown field or a table, which no menu shows. */
    static List<Line> inPlace() {
        return List.of(
                new Line(keys(UndoKeys.REDO_Y), "Redo, like " + keys(UndoKeys.REDO)),
                new Line(keys(MarkdownEditor.BOLD) + " / " + keys(MarkdownEditor.ITALIC) + " / "
                        + keys(MarkdownEditor.LINK) + " / " + keys(MarkdownEditor.CODE),
                        "Bold / italic / link / code in a Markdown field"),
                new Line(keys(dev.hindsight.ui.writing.ProseArea.MENU_KEYS),
                        "On an underlined word: suggestions, add to dictionary, ignore"),
                new Line(keys(new KeyCodeCombination(KeyCode.ENTER, SHORTCUT)),
                        "Timeline or action items: add a row at the end"),
                new Line(keys(new KeyCodeCombination(KeyCode.INSERT)) + " / "
                        + keys(new KeyCodeCombination(KeyCode.ENTER, SHORTCUT, KeyCombination.SHIFT_DOWN)),
                        "Timeline: insert a row below / above"),
                new Line(keys(new KeyCodeCombination(KeyCode.D, SHORTCUT)), "Timeline: duplicate the selected rows"),
                new Line(keys(new KeyCodeCombination(KeyCode.DELETE)), "Delete the selected rows"),
                new Line(keys(new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN)) + " / "
                        + keys(new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN)), "Move the selected rows"),
                new Line(keys(new KeyCodeCombination(KeyCode.ENTER)) + " / " + keys(new KeyCodeCombination(KeyCode.F2)),
                        "In a table: commit a cell and move down / edit the cell"),
                new Line(keys(new KeyCodeCombination(KeyCode.TAB)) + " / "
                        + keys(new KeyCodeCombination(KeyCode.TAB, KeyCombination.SHIFT_DOWN)),
                        "In a table: the next / previous cell"),
                new Line(keys(new KeyCodeCombination(KeyCode.ESCAPE)), "In a table: leave a cell unchanged"),
                new Line(keys(new KeyCodeCombination(KeyCode.C, SHORTCUT)) + " / "
                        + keys(new KeyCodeCombination(KeyCode.V, SHORTCUT)),
                        "In the timeline: copy rows as text / paste lines or rows (with a preview)"));
    }

    /** The sheet as a Markdown document: the menus' shortcuts, then the keys inside fields and tables. */
    static String markdown(List<Menu> menus) {
        StringBuilder out = new StringBuilder("## Menu commands\n\n");
        table(out, fromMenus(menus));
        out.append("\n## In a field or a table\n\n");
        table(out, inPlace());
        return out.toString();
    }

    private static void table(StringBuilder out, List<Line> lines) {
        out.append("| Keys | Does |\n|---|---|\n");
        for (Line line : lines) {
            out.append("| ").append(cell(line.keys())).append(" | ").append(cell(line.does())).append(" |\n");
        }
    }

    /** A table cell's text with Markdown's own characters escaped ("Ctrl+_" would start emphasis). */
    private static String cell(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]|<>#!~])", "\\\\$1");
    }

    private static String keys(KeyCombination keys) {
        return keys.getDisplayText();
    }

    /** A menu label without its mnemonic marker ("_Save" is "Save", "__" an underscore). */
    static String plain(String label) {
        return label == null ? "" : label.replace("__", "\u0000").replace("_", "").replace("\u0000", "_");
    }
}
