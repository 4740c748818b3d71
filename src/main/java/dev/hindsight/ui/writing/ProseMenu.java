package dev.hindsight.ui.writing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The context menu of a prose field, by the pointer or at the caret (Shift+F10, the Menu key):
 * what the window's marks offer for the word there (suggestions, Add to My Dictionary…), then Cut,
 * Copy, Paste, Delete and Select All.
 */
final class ProseMenu {
    private final ProseArea area;
    private final Supplier<ProseMarks> marks;

    private ProseMenu(ProseArea area, Supplier<ProseMarks> marks) {
        this.area = area;
        this.marks = marks;
    }

    /**
     * Gives {@code area} its menu, made when first asked for (before the area's own handler shows
     * it), not for the first frame; {@code marks} are the window's marks it is in now (null: none).
     */
    static void install(ProseArea area, Supplier<ProseMarks> marks) {
        ProseMenu menu = new ProseMenu(area, marks);
        area.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> menu.fill(e.isKeyboardTrigger()
                ? area.getCaretPosition() : area.hit(e.getX(), e.getY()).getInsertionIndex()));
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (ProseArea.MENU_KEYS.match(e) || e.getCode() == KeyCode.CONTEXT_MENU) {
                e.consume();
                menu.showAtCaret();
            }
        });
    }

    private void showAtCaret() {
        fill(area.getCaretPosition());
        Optional<Bounds> caret = area.getCaretBounds();
        double x = caret.map(Bounds::getMinX).orElseGet(() -> area.localToScreen(area.getBoundsInLocal()).getMinX());
        double y = caret.map(Bounds::getMaxY).orElseGet(() -> area.localToScreen(area.getBoundsInLocal()).getMinY());
        area.getContextMenu().show(area, x, y);
    }

    private void fill(int index) {
        List<MenuItem> items = new ArrayList<>();
        ProseMarks marks = this.marks.get();
        if (marks != null) {
            items.addAll(marks.menuItems(area, index));
        }
        if (!items.isEmpty()) {
            items.add(new SeparatorMenuItem());
        }
        items.addAll(editItems());
        if (area.getContextMenu() == null) {
            area.setContextMenu(new ContextMenu());
        }
        area.getContextMenu().getItems().setAll(items);
    }

    private List<MenuItem> editItems() {
        boolean selected = area.getSelection().getLength() > 0;
        MenuItem cut = ProseArea.item("Cut", area::cut, !selected || !area.isEditable());
        MenuItem copy = ProseArea.item("Copy", area::copy, !selected);
        MenuItem paste = ProseArea.item("Paste", area::paste, !area.isEditable());
        MenuItem delete = ProseArea.item("Delete", () -> area.replaceSelection(""), !selected || !area.isEditable());
        MenuItem selectAll = ProseArea.item("Select All", area::selectAll, false);
        return List.of(cut, copy, paste, delete, new SeparatorMenuItem(), selectAll);
    }
}
