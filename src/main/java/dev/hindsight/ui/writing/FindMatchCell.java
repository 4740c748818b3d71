package dev.hindsight.ui.writing;

import atlantafx.base.theme.Styles;
import dev.hindsight.find.FindMatch;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A match in the list: its section and field, and a snippet with the words matched marked (as the
 * library marks the words its search found). Unmarked, a list of "the" in every field did not say
 * which "the" of a snippet each line was. In a narrow list the words before the match give way
 * first, then those after it; the place and the match stay whole.
 */
final class FindMatchCell extends ListCell<FindMatch> {
    private final Label where = new Label();
    private final Label before = new Label();
    private final Label match = new Label();
    private final Label after = new Label();
    private final HBox line = new HBox(where, before, match, after);

    FindMatchCell() {
        where.getStyleClass().add(Styles.TEXT_MUTED);
        match.getStyleClass().add("find-match-word");
        where.setMinWidth(Region.USE_PREF_SIZE);
        match.setMinWidth(Region.USE_PREF_SIZE);
        before.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        before.setMinWidth(0);
        after.setMinWidth(0);
        HBox.setHgrow(after, Priority.ALWAYS);
        after.setMaxWidth(Double.MAX_VALUE);
        line.setAlignment(Pos.BASELINE_LEFT);
        line.setMinWidth(0);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    /** Asks for no width of its own: the list makes its cells as wide as it is, and never scrolls sideways. */
    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    /** The line as wide as the cell, no wider: its snippet gives way in a narrow list. */
    @Override
    protected void layoutChildren() {
        line.setPrefWidth(Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset()));
        super.layoutChildren();
    }

    @Override
    protected void updateItem(FindMatch m, boolean empty) {
        super.updateItem(m, empty);
        if (empty || m == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        String place = m.place().where();
        String snippet = m.snippet();
        int start = Math.max(0, Math.min(snippet.length(), m.snippetStart()));
        int end = Math.min(snippet.length(), start + m.text().replaceAll("\\s+", " ").length());
        where.setText(place + ":  ");
        before.setText(snippet.substring(0, start));
        match.setText(snippet.substring(start, end));
        after.setText(snippet.substring(end));
        // the whole line stays the cell's text, for a screen reader and for copying
        setText(place + ":  " + snippet);
        setGraphic(line);
    }
}
