package dev.hindsight.ui.sections;

import dev.hindsight.ui.markdown.MarkdownEditor;
import dev.hindsight.ui.markdown.MarkdownPreview;
import dev.hindsight.ui.window.TextFieldViewModel;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;

/** The Corrective and Preventative Measures tab: improvements, the action items, closing remarks. */
public final class MeasuresView {
    private MeasuresView() {
    }

    public static Node build(TextFieldViewModel improvements, Node actionItems,
                             javafx.beans.value.ObservableStringValue counts, TextFieldViewModel closing,
                             MarkdownPreview preview) {
        BorderPane top = new BorderPane(new MarkdownEditor("measures-improvements", improvements, preview, false)
                .build());
        top.setTop(MarkdownSectionView.header("Improvements",
                "What will change: fixes, safeguards, better detection and recovery."));
        BorderPane middle = new BorderPane(actionItems);
        javafx.scene.control.Label subtitle = new javafx.scene.control.Label();
        subtitle.setId("action-counts");
        subtitle.textProperty().bind(counts);
        middle.setTop(MarkdownSectionView.header("Action items", subtitle));
        BorderPane bottom = new BorderPane(new MarkdownEditor("closing-remarks", closing, preview, false).build());
        bottom.setTop(MarkdownSectionView.header("Closing remarks", "Optional words to the readers."));
        SplitPane split = new SplitPane(top, middle, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.26, 0.76);
        // zoomed in on a small window the three parts need more height than there is: the tab scrolls
        // instead of squeezing the action items out of sight
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(split);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setId("measures");
        return scroll;
    }
}
