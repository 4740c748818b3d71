package dev.hindsight.ui.support;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;

/**
 * Text controls without their own undo: the context menu offers editing without the
 * control's private Undo/Redo, which would compete with the report's one undo stack.
 */
public final class TextControls {
    private TextControls() {
    }

    public static <T extends TextInputControl> T withoutOwnUndo(T control) {
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
        control.setContextMenu(menu);
        return control;
    }
}
