package dev.hindsight.ui.review;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The side of a window beside the report: Comments, Conflicts and Compare, each a tab that can be
 * closed; the side is gone when none is open.
 */
public final class ReviewPanels {
    static final double WIDTH = 360;

    private final TabPane pane = new TabPane();
    private final Consumer<Node> place;

    /** @param place puts the side in the window (null: takes it away) */
    public ReviewPanels(Consumer<Node> place) {
        this.place = place;
        pane.setId("review-panels");
        pane.setPrefWidth(WIDTH);
        pane.setMinWidth(260);
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        // apart from the section tabs beside it: floating tabs, a line between
        pane.getStyleClass().add(atlantafx.base.theme.Styles.TABS_FLOATING);
        pane.setStyle("-fx-border-color: -color-border-default; -fx-border-width: 0 0 0 1; "
                + "-fx-background-color: -color-bg-subtle;");
        pane.getTabs().addListener((ListChangeListener<Tab>) c -> place.accept(pane.getTabs().isEmpty() ? null : pane));
    }

    /** Shows the panel {@code id} (built and added the first time), selected. */
    public void show(String id, String title, java.util.function.Supplier<Node> content, Runnable onClosed) {
        Tab tab = pane.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseGet(() -> {
            Tab t = new Tab(title, content.get());
            t.setId(id);
            t.setOnClosed(e -> onClosed.run());
            pane.getTabs().add(t);
            return t;
        });
        pane.getSelectionModel().select(tab);
    }

    public boolean isShowing(String id) {
        return pane.getTabs().stream().anyMatch(t -> id.equals(t.getId()));
    }

    /** Closes the panel {@code id}, if it is open. */
    public void close(String id) {
        pane.getTabs().removeIf(t -> id.equals(t.getId()));
    }
}
