package dev.hindsight.ui.library;

import dev.hindsight.library.ActionRow;
import dev.hindsight.model.ActionStatus;
import dev.hindsight.ui.support.FillingColumn;
import dev.hindsight.ui.support.ZoomedWidths;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * The action items of the reports shown, across reports: open ones by default, overdue ones
 * marked, sortable by due date, priority, owner; a double click or Enter opens the report at the item.
 */
final class ActionItemsPane {
    private static final String ANYONE = "Anyone";
    private static final String NONE = "\u2014";

    private final TableView<ActionRow> table = new TableView<>();
    private final LibraryViewModel vm;

    /** @param zoom the window's zoom: a column is never narrower than its heading at it */
    ActionItemsPane(LibraryViewModel vm, Consumer<ActionRow> open, javafx.beans.value.ObservableDoubleValue zoom) {
        this.vm = vm;
        table.setId("library-actions");
        SortedList<ActionRow> sorted = new SortedList<>(vm.actions());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label("No action item matches."));
        TableColumn<ActionRow, LocalDate> due = new TableColumn<>("Due");
        due.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().item().due()));
        due.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        due.setPrefWidth(100);
        TableColumn<ActionRow, String> priority = column("Priority", r -> r.item().priority() == null ? NONE
                : r.item().priority().code(), 70);
        priority.setComparator(Comparator.comparing((String s) -> s.equals(NONE)).thenComparing(Comparator.naturalOrder()));
        TableColumn<ActionRow, String> status = column("Status", r -> r.item().status().label(), 100);
        TableColumn<ActionRow, String> title = column("Action item", ActionRow::titleAsRead, 320);
        table.getColumns().setAll(java.util.List.of(due, priority, status,
                column("Owner", r -> r.item().owner().strip(), 120), title, column("Report",
                        r -> r.report().title().isBlank() ? r.file().getFileName().toString() : r.report().title(), 280),
                column("Overdue", r -> r.overdue() ? "overdue" : "", 80)));
        for (TableColumn<ActionRow, ?> c : table.getColumns()) {
            if (c == due) {
                ZoomedWidths.fit(zoom, due, 0, java.util.List.of("2088-08-28"), 0, 0);
            } else if (c == status) {
                ZoomedWidths.fit(zoom, status, 0, ActionStatus.KNOWN.stream().map(ActionStatus::label).toList(), 0, 0);
            } else {
                ZoomedWidths.apply(zoom, c, c.getPrefWidth());
            }
        }
        // the item's title, a sentence, takes the width the other columns leave
        FillingColumn.install(table, title);
        table.setRowFactory(t -> {
            TableRow<ActionRow> row = new TableRow<>() {
                @Override
                protected void updateItem(ActionRow item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("overdue"), !empty && item != null
                            && item.overdue());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            ActionRow selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                open.accept(selected);
                e.consume();
            }
        });
    }

    private static TableColumn<ActionRow, String> column(String name, Function<ActionRow, String> value, double width) {
        TableColumn<ActionRow, String> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setComparator(String.CASE_INSENSITIVE_ORDER);
        column.setPrefWidth(width);
        return column;
    }

    Node build() {
        CheckBox open = new CheckBox("Open only");
        open.setId("library-actions-open");
        open.selectedProperty().bindBidirectional(vm.openOnly());
        CheckBox overdue = new CheckBox("Overdue only");
        overdue.setId("library-actions-overdue");
        overdue.selectedProperty().bindBidirectional(vm.overdueOnly());
        ComboBox<String> owner = new ComboBox<>();
        owner.setId("library-actions-owner");
        owner.setPromptText("Owner: anyone");
        Runnable fill = () -> {
            owner.getItems().setAll(ANYONE);
            owner.getItems().addAll(vm.ownerChoices());
        };
        fill.run();
        vm.ownerChoices().addListener((javafx.collections.ListChangeListener<String>) c -> fill.run());
        owner.valueProperty().addListener((o, a, b) -> vm.owner().set(b == null || b.equals(ANYONE) ? "" : b));
        Label count = new Label();
        count.textProperty().bind(Bindings.createStringBinding(() -> vm.actions().size() + " items, "
                + vm.actions().stream().filter(ActionRow::overdue).count() + " overdue on " + vm.today()
                + ", of the reports shown", vm.actions()));
        HBox bar = new HBox(12, open, overdue, owner, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        BorderPane pane = new BorderPane(table);
        pane.setTop(bar);
        return pane;
    }
}
