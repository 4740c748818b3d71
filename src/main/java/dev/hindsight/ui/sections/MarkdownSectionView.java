package dev.hindsight.ui.sections;

import atlantafx.base.theme.Styles;
import dev.hindsight.ui.markdown.MarkdownEditor;
import dev.hindsight.ui.markdown.MarkdownPreview;
import dev.hindsight.ui.window.TextFieldViewModel;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** A tab that is one Markdown section (Root Cause, Resolution and Recovery): a heading, a hint and the editor. */
public final class MarkdownSectionView {
    private MarkdownSectionView() {
    }

    public static Node build(String id, String heading, String hint, TextFieldViewModel field, MarkdownPreview preview) {
        MarkdownEditor editor = new MarkdownEditor(id, field, preview);
        BorderPane pane = new BorderPane(editor.build());
        pane.setTop(header(heading, hint));
        return pane;
    }

    static Node header(String heading, String hint) {
        Label sub = new Label(hint);
        sub.setWrapText(true);
        return header(heading, sub);
    }

    static Node header(String heading, Label sub) {
        Label title = new Label(heading);
        title.getStyleClass().add(Styles.TITLE_4);
        sub.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox box = new VBox(2, title, sub);
        box.getStyleClass().add("section-header");
        return box;
    }
}
