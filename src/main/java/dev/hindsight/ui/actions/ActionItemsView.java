package dev.hindsight.ui.actions;

import atlantafx.base.theme.Styles;
import dev.hindsight.input.ParseResult;
import dev.hindsight.model.ActionItem;
import dev.hindsight.model.ActionStatus;
import dev.hindsight.model.ActionType;
import dev.hindsight.model.Code;
import dev.hindsight.model.Priority;
import dev.hindsight.ui.markdown.MarkdownEditor;
import dev.hindsight.ui.markdown.MarkdownPreview;
import dev.hindsight.ui.support.RowReveal;
import dev.hindsight.ui.table.Choices;
import dev.hindsight.ui.table.CodeCell;
import dev.hindsight.ui.table.Committer;
import dev.hindsight.ui.table.DatePickerCell;
import dev.hindsight.ui.support.Buttons;
import dev.hindsight.ui.support.TypeAhead;
import dev.hindsight.ui.support.ZoomedWidths;
import dev.hindsight.ui.table.TableEditing;
import dev.hindsight.ui.table.ProseEditCell;
import dev.hindsight.ui.table.TextEditCell;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** The action-item table with its toolbar and status counts, and the selected item's details beside it. */
public final class ActionItemsView {
    private static final javafx.scene.input.KeyCombination ADD_KEYS = new javafx.scene.input.KeyCodeCombination(
            KeyCode.ENTER, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);
    private final ActionItemsViewModel vm;
    private final TableView<ActionItem> table = new TableView<>();
    private final TableEditing<ActionItem> editing;
    private final Consumer<String> openLink;
    private final MarkdownPreview preview;
    private final Label note = new Label();
    private final List<TableColumn<ActionItem, ?>> columns = new ArrayList<>();
    private final Set<TableColumn<ActionItem, ?>> textColumns = new java.util.HashSet<>();

    public ActionItemsView(ActionItemsViewModel vm, Consumer<String> openLink, MarkdownPreview preview,
                           ObservableDoubleValue zoom) {
        this.vm = vm;
        this.openLink = openLink;
        this.preview = preview;
        table.setId("action-items");
        table.setItems(vm.items());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No action items yet. " + ADD_KEYS.getDisplayText() + " adds one."));
        table.fixedCellSizeProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.round(30 * zoom.get()) * 1.0, zoom));
        // the heading and two rows stay in sight when a large zoom crowds the tab's three parts
        table.minHeightProperty().bind(table.fixedCellSizeProperty().multiply(3.5));
        TableColumn<ActionItem, String> title = text("Title", ActionItem::title, vm::setTitle, 340);
        TableColumn<ActionItem, ActionType> type = choice("Type", ActionItem::type);
        TableColumn<ActionItem, String> owner = text("Owner", ActionItem::owner, vm::setOwner, 120);
        TableColumn<ActionItem, LocalDate> due = new TableColumn<>("Due");
        TableColumn<ActionItem, Priority> priority = choice("Priority", ActionItem::priority);
        TableColumn<ActionItem, ActionStatus> status = choice("Status", ActionItem::status);
        TableColumn<ActionItem, String> link = text("Ticket link", ActionItem::link, vm::setLink, 130);
        // a narrow column shows a link's end, the ticket's key, rather than its scheme and host
        link.setStyle("-fx-text-overrun: leading-ellipsis;");
        columns.addAll(List.of(title, type, owner, due, priority, status, link));
        editing = new TableEditing<>(table, columns, textColumns, this::say);
        dev.hindsight.ui.table.TopRowKeeper.install(table);
        title.setCellFactory(c -> new ProseEditCell<ActionItem>(editing, vm::setTitle,
                (r, t, why) -> say("Not taken: " + why), ActionItem::title,
                (i, row) -> "measures.actionItems[" + i + "].title"));
        textColumns.add(due);
        due.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().due()));
        due.setCellFactory(c -> new DatePickerCell<>(editing, vm::setDue, ActionItem::due));
        new Choices<>(editing, table, type, nullable(ActionType.KNOWN), Code::label, TypeAhead::names,
                i -> vm.items().get(i).type(), vm::setType);
        new Choices<>(editing, table, priority, nullable(Priority.KNOWN), Code::label, TypeAhead::names,
                i -> vm.items().get(i).priority(), vm::setPriority);
        new Choices<>(editing, table, status, ActionStatus.KNOWN, Code::label, TypeAhead::names,
                i -> vm.items().get(i).status(), vm::setStatus);
        columns.forEach(c -> c.setSortable(false));
        List.of(title, owner, link).forEach(c -> ZoomedWidths.apply(zoom, c, c.getPrefWidth()));
        // the short columns as wide as their widest value: the title takes the rest
        ZoomedWidths.fit(zoom, type, 0, labels(ActionType.KNOWN), 0, 0);
        ZoomedWidths.fit(zoom, priority, 0, labels(Priority.KNOWN), 0, 0);
        ZoomedWidths.fit(zoom, status, 0, labels(ActionStatus.KNOWN), 0, 0);
        // the date picker that edits a due date: its field's padding and its calendar button
        ZoomedWidths.fit(zoom, due, 0, List.of("2088-08-28"), 28, 1);
        table.getColumns().setAll(columns);
        // the title, a sentence, takes what the short columns leave; they keep the width their values need
        dev.hindsight.ui.support.FillingColumn.install(table, title);
        // An edit replaces the item in the list, which clears the table's selection: the view model's
        // selection (the item whose details are edited) survives that, and the table is re-selected.
        table.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0 || vm.items().isEmpty()) {
                vm.selected().set(b.intValue());
            }
        });
        vm.items().addListener((javafx.collections.ListChangeListener<ActionItem>) c -> {
            int keep = Math.min(vm.selected().get(), vm.items().size() - 1);
            vm.selected().set(keep);
            if (keep >= 0 && table.getSelectionModel().getSelectedIndex() < 0) {
                table.getSelectionModel().select(keep);
            }
        });
        keys();
    }

    private static List<String> labels(List<? extends Code> known) {
        List<String> labels = new ArrayList<>(known.stream().map(Code::label).toList());
        labels.add("\u2014");
        return labels;
    }

    private static <C> List<C> nullable(List<C> known) {
        List<C> out = new ArrayList<>();
        out.add(null);
        out.addAll(known);
        return out;
    }

    private TableColumn<ActionItem, String> text(String name, Function<ActionItem, String> get, Committer set,
                                                 double width) {
        TableColumn<ActionItem, String> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(get.apply(c.getValue())));
        column.setCellFactory(c -> new TextEditCell<ActionItem>(editing, set, (r, t, why) -> say("Not taken: " + why),
                get));
        column.setPrefWidth(width);
        textColumns.add(column);
        return column;
    }

    private <C extends Code> TableColumn<ActionItem, C> choice(String name, Function<ActionItem, C> get) {
        TableColumn<ActionItem, C> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(get.apply(c.getValue())));
        column.setCellFactory(c -> new CodeCell<>());
        return column;
    }

    private void say(String message) {
        note.setText(message);
    }

    /** Selects and shows the item at {@code index} (a library opened the report at it). */
    public void select(int index) {
        if (index >= 0 && index < vm.items().size()) {
            table.getSelectionModel().clearAndSelect(index);
            RowReveal.show(table, index);
            table.requestFocus();
        }
    }

    /** "4 open · 1 in progress · 2 done · 0 won't do", for the section header. */
    public javafx.beans.value.ObservableStringValue counts() {
        return vm.counts();
    }

    public Node build() {
        MenuButton sort = new MenuButton("Sort by", new FontIcon(MaterialDesignS.SORT_ASCENDING));
        sort.setId("actions-sort");
        for (ActionItemsViewModel.SortOrder order : ActionItemsViewModel.SortOrder.values()) {
            MenuItem item = new MenuItem(order.label());
            item.setOnAction(e -> {
                if (editing.commitPending()) {
                    vm.sort(order);
                }
            });
            sort.getItems().add(item);
        }
        sort.setFocusTraversable(false);
        Button open = Buttons.tool("actions-open-link", "Open link", MaterialDesignO.OPEN_IN_NEW,
                "Open the selected item's ticket in the browser", this::openSelectedLink);
        open.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.openableLink(vm.selected().get()).isEmpty(), vm.selected(), vm.items()));
        ToolBar bar = new ToolBar(
                Buttons.tool("actions-add", "Add", MaterialDesignP.PLUS,
                        "Add an action item (" + ADD_KEYS.getDisplayText() + ")", this::add),
                Buttons.tool("actions-delete", null, MaterialDesignD.DELETE_OUTLINE, "Delete the selected items (Delete)",
                        this::delete),
                Buttons.tool("actions-up", null, MaterialDesignA.ARROW_UP, "Move up (Alt+Up)", () -> move(-1)),
                Buttons.tool("actions-down", null, MaterialDesignA.ARROW_DOWN, "Move down (Alt+Down)", () -> move(1)),
                sort, new Separator(Orientation.VERTICAL), open);

        BorderPane left = new BorderPane(table);
        left.setTop(bar);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        note.setPadding(new Insets(2, 8, 2, 8));
        left.setBottom(note);
        MarkdownEditor details = new MarkdownEditor("action-details", vm.details(), preview, false);
        BorderPane right = new BorderPane(details.build());
        Label heading = new Label();
        heading.setId("action-details-heading");
        // the whole title of the selected item, which its column may show only the start of
        heading.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            int i = vm.selected().get();
            String title = i >= 0 && i < vm.items().size() ? vm.items().get(i).title().strip() : "";
            return title.isEmpty() ? "Details of the selected item" : "Details of \u201c" + title + "\u201d";
        }, vm.selected(), vm.items()));
        heading.getStyleClass().add(Styles.TEXT_SMALL);
        heading.setPadding(new Insets(4, 8, 4, 8));
        heading.setWrapText(true); // a narrow pane at a large zoom wraps it rather than cutting it
        right.setTop(heading);
        details.area().disableProperty().bind(vm.selected().lessThan(0));
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.68);
        return split;
    }

    private void add() {
        if (editing.commitPending()) {
            int row = vm.add();
            editing.edit(row, columns.get(0), null);
        }
    }

    private List<Integer> selectedRows() {
        return table.getSelectionModel().getSelectedIndices().stream().filter(i -> i >= 0).sorted().toList();
    }

    private void delete() {
        List<Integer> rows = selectedRows();
        if (editing.commitPending() && !rows.isEmpty()) {
            int next = vm.delete(rows);
            table.getSelectionModel().clearSelection();
            if (next >= 0) {
                table.getSelectionModel().select(next);
            }
        }
    }

    private void move(int delta) {
        List<Integer> rows = selectedRows();
        if (editing.commitPending() && !rows.isEmpty()) {
            List<Integer> moved = vm.move(rows, delta);
            table.getSelectionModel().clearSelection();
            moved.forEach(i -> table.getSelectionModel().select(i));
        }
    }

    private void openSelectedLink() {
        vm.openableLink(vm.selected().get()).ifPresent(openLink);
    }

    private void keys() {
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                add();
                return;
            }
            if (editing.isEditing()) {
                return;
            }
            if (e.getCode() == KeyCode.DELETE) {
                e.consume();
                delete();
            } else if (e.getCode() == KeyCode.UP && e.isAltDown()) {
                e.consume();
                move(-1);
            } else if (e.getCode() == KeyCode.DOWN && e.isAltDown()) {
                e.consume();
                move(1);
            }
        });
    }
}
