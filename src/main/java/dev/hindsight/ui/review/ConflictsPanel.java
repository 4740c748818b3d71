package dev.hindsight.ui.review;

import dev.hindsight.model.MergeConflict;
import dev.hindsight.model.RawJson;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The Conflicts panel: each conflict a merge recorded, with base, ours and theirs; Keep Ours,
 * Take Theirs, or Edit either for the selected one. Choosing one goes to its place.
 */
public final class ConflictsPanel {
    private final ConflictsViewModel vm;
    private final Consumer<String> goTo;

    /** @param goTo shows a place (a path) in the window */
    public ConflictsPanel(ConflictsViewModel vm, Consumer<String> goTo) {
        this.vm = vm;
        this.goTo = goTo;
    }

    public Node build() {
        ListView<MergeConflict> list = PanelParts.list(vm.conflicts(), "conflicts-list",
                "No conflicts are left. Save to keep the merged report.", ConflictsPanel::card);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                goTo.accept(b.path());
            }
        });
        vm.conflicts().addListener((javafx.collections.ListChangeListener<MergeConflict>) c -> {
            if (list.getSelectionModel().isEmpty() && !vm.conflicts().isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
        });
        var none = list.getSelectionModel().selectedItemProperty().isNull();
        Button ours = PanelParts.button("Keep _Ours", "conflict-ours", () -> vm.keepOurs(selected(list)));
        Button theirs = PanelParts.button("Take _Theirs", "conflict-theirs", () -> vm.takeTheirs(selected(list)));
        Button editOurs = PanelParts.button("_Edit Ours\u2026", "conflict-edit-ours",
                () -> vm.editFrom(selected(list), selected(list).ours()));
        Button editTheirs = PanelParts.button("Edit T_heirs\u2026", "conflict-edit-theirs",
                () -> vm.editFrom(selected(list), selected(list).theirs()));
        for (Button b : new Button[] {ours, theirs, editOurs, editTheirs}) {
            b.disableProperty().bind(none);
        }
        FlowPane buttons = new FlowPane(6, 6, ours, theirs, editOurs, editTheirs);
        buttons.setPadding(new Insets(6, 0, 0, 0));
        VBox top = new VBox(4, PanelParts.muted("A merge found these places changed differently in two copies. "
                + "The report holds ours; choose for each what it should be."));
        top.setPadding(new Insets(0, 0, 6, 0));
        BorderPane pane = new BorderPane(list);
        pane.setTop(top);
        pane.setBottom(buttons);
        pane.setPadding(new Insets(8));
        pane.setId("conflicts-panel");
        if (!vm.conflicts().isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
        return pane;
    }

    private static MergeConflict selected(ListView<MergeConflict> list) {
        return list.getSelectionModel().getSelectedItem();
    }

    private static Node card(MergeConflict c) {
        VBox card = PanelParts.card();
        card.getChildren().add(PanelParts.heading(PanelParts.shorten(c.path())
                + (c.isAboutLines() ? ", from line " + c.line() : "")));
        card.getChildren().addAll(side("Ours (in the report now)", c, c.ours()), side("Theirs", c, c.theirs()),
                side("Base", c, c.base()));
        return card;
    }

    private static Node side(String name, MergeConflict c, RawJson value) {
        String shown = c.isAboutLines() && !value.equals(RawJson.NULL)
                ? PanelParts.shorten(ConflictsViewModel.shown(c, value)) : PanelParts.value(value);
        return PanelParts.text(name + ": " + (shown.isBlank() ? "(no lines)" : shown));
    }
}
