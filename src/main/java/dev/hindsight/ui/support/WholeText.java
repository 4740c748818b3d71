package dev.hindsight.ui.support;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.Region;

/**
 * Labels, buttons and choosers (combo boxes, date pickers) that show their whole text: a layout short of room shrinks the fields and
 * the free space around them, or scrolls, but never cuts "Unsaved changes" to "Unsaved chan…".
 * Labels that wrap are left to wrap.
 */
public final class WholeText {
    private WholeText() {
    }

    /** Keeps the text of every label and button under {@code root} whole, and returns {@code root}. */
    public static <T extends Node> T inside(T root) {
        if (root instanceof Labeled labeled && (labeled instanceof Label || labeled instanceof ButtonBase)
                && !labeled.isWrapText() || root instanceof ComboBoxBase<?>) {
            ((Region) root).setMinWidth(Region.USE_PREF_SIZE);
        }
        if (root instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                inside(child);
            }
        }
        // Controls whose parts are children only once their skin exists
        if (root instanceof ToolBar bar) {
            bar.getItems().forEach(WholeText::inside);
        } else if (root instanceof ButtonBar bar) {
            bar.getButtons().forEach(WholeText::inside);
        } else if (root instanceof SplitPane split) {
            split.getItems().forEach(WholeText::inside);
        } else if (root instanceof ScrollPane scroll && scroll.getContent() != null) {
            inside(scroll.getContent());
        }
        return root;
    }
}
