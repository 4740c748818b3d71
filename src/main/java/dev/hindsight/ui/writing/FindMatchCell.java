package dev.hindsight.ui.writing;

import dev.hindsight.find.FindMatch;
import javafx.scene.control.ListCell;

/** A match in the list: its section and field, and a snippet. */
final class FindMatchCell extends ListCell<FindMatch> {
    @Override
    protected void updateItem(FindMatch m, boolean empty) {
        super.updateItem(m, empty);
        if (empty || m == null) {
            setText(null);
            return;
        }
        String where = m.section().label().equals(m.place().label()) ? m.place().label()
                : m.section().label() + " \u00b7 " + m.place().label();
        setText(where + ":  " + m.snippet());
    }
}
