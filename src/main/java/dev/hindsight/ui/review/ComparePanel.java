package dev.hindsight.ui.review;

import dev.hindsight.compare.Difference;
import dev.hindsight.compare.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Compare panel: the other copy's differences from the open report, under the section they
 * are in, each with Take Theirs; choosing one goes to its place.
 */
public final class ComparePanel {
    private final CompareViewModel vm;
    private final Consumer<String> goTo;
    /** Section headings and differences, in the report's order. */
    private final ObservableList<Object> rows = FXCollections.observableArrayList();

    public ComparePanel(CompareViewModel vm, Consumer<String> goTo) {
        this.vm = vm;
        this.goTo = goTo;
    }

    public Node build() {
        ListView<Object> list = PanelParts.list(rows, "compare-list", "The two copies say the same.",
                item -> item instanceof Difference d ? card(d) : PanelParts.heading((String) item));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b instanceof Difference d) {
                goTo.accept(d.path());
            }
        });
        vm.differences().addListener((ListChangeListener<Difference>) c -> fill());
        fill();
        Label title = PanelParts.text("");
        title.textProperty().bind(Bindings.createStringBinding(() -> "Compared with " + vm.theirsName().get()
                + ": " + count(vm.differences().size()), vm.theirsName(), vm.differences()));
        title.setId("compare-title");
        BorderPane pane = new BorderPane(list);
        pane.setTop(new VBox(6, title));
        BorderPane.setMargin(pane.getTop(), new Insets(0, 0, 6, 0));
        pane.setPadding(new Insets(8));
        pane.setId("compare-panel");
        return pane;
    }

    private static String count(int n) {
        return n == 0 ? "no differences" : n == 1 ? "1 difference" : n + " differences";
    }

    private void fill() {
        List<Object> next = new ArrayList<>();
        Section last = null;
        for (Difference d : vm.differences()) {
            if (d.section() != last) {
                last = d.section();
                next.add(name(last));
            }
            next.add(d);
        }
        rows.setAll(next);
    }

    private static String name(Section section) {
        return section.label();
    }

    private Node card(Difference d) {
        Label path = PanelParts.heading(PanelParts.shorten(d.path()) + "  \u00b7  " + change(d));
        // a long path wraps beside the button rather than pushing it out of sight
        path.setWrapText(true);
        path.setMinWidth(0);
        path.setMinHeight(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button take = PanelParts.button("Take Theirs", "take-theirs", () -> vm.takeTheirs(d));
        take.setId(null); // one per difference: found by its style class
        take.getStyleClass().add("take-theirs");
        HBox top = new HBox(6, path, spacer, take);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox card = PanelParts.card();
        card.getChildren().add(top);
        if (d.change() == dev.hindsight.compare.Change.MOVED) {
            card.getChildren().add(PanelParts.muted("Row " + PanelParts.value(d.ours()) + " here, row "
                    + PanelParts.value(d.theirs()) + " in theirs"));
        } else {
            card.getChildren().addAll(PanelParts.text("Ours: " + PanelParts.value(d.ours())),
                    PanelParts.text("Theirs: " + PanelParts.value(d.theirs())));
        }
        return card;
    }

    private static String change(Difference d) {
        String c = d.change().name().toLowerCase(Locale.ROOT);
        return d.isAboutLines() ? c + ", line " + d.oursLine() : c;
    }
}
