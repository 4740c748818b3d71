package dev.hindsight.ui.window;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.StringExpression;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The five section tabs of a report, in the order of the report. */
public final class SectionTabs {
    public static final List<String> NAMES = List.of("Issue Summary", "Timeline", "Root Cause",
            "Resolution and Recovery", "Corrective and Preventative Measures");
    private static final List<String> IDS = List.of("tab-summary", "tab-timeline", "tab-root-cause",
            "tab-resolution", "tab-measures");

    private final TabPane pane = new TabPane();

    SectionTabs(List<Supplier<Node>> contents, List<StringExpression> labels) {
        pane.setId("sections");
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (int i = 0; i < NAMES.size(); i++) {
            Tab tab = new Tab(NAMES.get(i));
            Supplier<Node> content = contents.get(i);
            if (i == 0) {
                tab.setContent(content.get());
            } else {
                tab.selectedProperty().addListener((o, was, now) -> {
                    if (now && tab.getContent() == null) {
                        tab.setContent(content.get());
                    }
                });
            }
            tab.setId(IDS.get(i));
            if (labels.get(i) != null) {
                tab.textProperty().bind(labels.get(i));
            }
            pane.getTabs().add(tab);
        }
    }

    TabPane pane() {
        return pane;
    }

    void select(int index) {
        pane.getSelectionModel().select(index);
        Node content = pane.getTabs().get(index).getContent();
        if (content != null) {
            content.requestFocus();
        }
    }

    int selected() {
        return pane.getSelectionModel().getSelectedIndex();
    }
}
