package dev.hindsight.ui.library;

import dev.hindsight.library.Snippet;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** A passage found by the search, its found words marked, in a table cell. */
final class SnippetCell<S> extends TableCell<S, Snippet> {
    SnippetCell() {
        getStyleClass().add("snippet-cell");
        setAlignment(javafx.geometry.Pos.TOP_LEFT);
        // The passage wraps to the column and is cut at the row's height (rows are of a fixed size).
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
    }

    @Override
    protected void updateItem(Snippet snippet, boolean empty) {
        super.updateItem(snippet, empty);
        setText(null);
        if (empty || snippet == null || snippet.text().isEmpty()) {
            setGraphic(null);
            return;
        }
        TextFlow flow = flow(snippet);
        flow.prefWidthProperty().bind(widthProperty().subtract(10));
        setGraphic(flow);
    }

    static TextFlow flow(Snippet snippet) {
        TextFlow flow = new TextFlow();
        int at = 0;
        String text = snippet.text();
        for (Snippet.Mark m : snippet.marks()) {
            if (m.start() < at || m.end() > text.length()) {
                continue;
            }
            flow.getChildren().add(plain(text.substring(at, m.start())));
            Text hit = new Text(text.substring(m.start(), m.end()));
            hit.getStyleClass().add("search-hit");
            flow.getChildren().add(hit);
            at = m.end();
        }
        flow.getChildren().add(plain(text.substring(at)));
        return flow;
    }

    private static Text plain(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("search-passage");
        return t;
    }
}
