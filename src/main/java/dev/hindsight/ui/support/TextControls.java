package dev.hindsight.ui.support;

import javafx.event.EventHandler;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.ContextMenuEvent;

/**
 * Text controls without their own undo: the context menu offers editing without the
 * control's private Undo/Redo, which would compete with the report's one undo stack.
 */
public final class TextControls {
    private TextControls() {
    }

    /**
     * The menu is made when first asked for (a right click, the menu key), just before the control
     * looks for it: a context menu is a popup window of its own, one per text field, which the
     * window's first frame does not need (issue 18).
     */
    public static <T extends TextInputControl> T withoutOwnUndo(T control) {
        control.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, new EventHandler<>() {
            @Override
            public void handle(ContextMenuEvent e) {
                control.removeEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this);
                if (control.getContextMenu() == null) {
                    control.setContextMenu(menu(control));
                }
            }
        });
        return control;
    }

    /** Cut, Copy, Paste, Delete and Select All, without the control's own Undo and Redo. */
    static ContextMenu menu(TextInputControl control) {
        MenuItem cut = new MenuItem("Cut");
        cut.setOnAction(e -> control.cut());
        MenuItem copy = new MenuItem("Copy");
        copy.setOnAction(e -> control.copy());
        MenuItem paste = new MenuItem("Paste");
        paste.setOnAction(e -> control.paste());
        MenuItem delete = new MenuItem("Delete");
        delete.setOnAction(e -> control.deleteText(control.getSelection()));
        MenuItem selectAll = new MenuItem("Select All");
        selectAll.setOnAction(e -> control.selectAll());
        ContextMenu menu = new ContextMenu(cut, copy, paste, delete, new SeparatorMenuItem(), selectAll);
        menu.setOnShowing(e -> {
            boolean selected = control.getSelection().getLength() > 0;
            cut.setDisable(!selected || !control.isEditable());
            copy.setDisable(!selected);
            delete.setDisable(!selected || !control.isEditable());
            paste.setDisable(!control.isEditable());
        });
        return menu;
    }
}
