package dev.hindsight.ui.timeline;

import atlantafx.base.theme.Styles;
import dev.hindsight.input.ParseResult;
import dev.hindsight.model.EntryKind;
import dev.hindsight.ui.support.Buttons;
import dev.hindsight.ui.support.RowReveal;
import dev.hindsight.ui.support.TypeAhead;
import dev.hindsight.ui.support.ZoomedWidths;
import dev.hindsight.model.TimelineEntry;
import dev.hindsight.ui.table.Choices;
import dev.hindsight.ui.table.TableEditing;
import dev.hindsight.ui.table.ProseEditCell;
import dev.hindsight.ui.table.TextEditCell;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableDoubleValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Separator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The Timeline tab: a keyboard-first table of date, time, kind and event, with its toolbar and footer. */
public final class TimelineView {
    /** The rows the table keeps room for below a tall chart (its header takes up to two rows' height more). */
    private static final int TABLE_ROWS = 3;
    private static final PseudoClass MISLEADING = PseudoClass.getPseudoClass("misleading");
    private static final PseudoClass OUT_OF_ORDER = PseudoClass.getPseudoClass("out-of-order");
    private static final PseudoClass OUTSIDE = PseudoClass.getPseudoClass("outside-window");

    private final TimelineViewModel vm;
    private final TimelineCommands commands;
    private final TableView<TimelineRow> table = new TableView<>();
    private final Label note = new Label();
    private final PauseTransition noteTimer = new PauseTransition(Duration.seconds(8));
    private final TableColumn<TimelineRow, String> date = new TableColumn<>("Date");
    private final TableColumn<TimelineRow, String> time = new TableColumn<>("Time");
    private final TableColumn<TimelineRow, EntryKind> kind = new TableColumn<>("Kind");
    private final TableColumn<TimelineRow, String> event = new TableColumn<>("Event");
    private final TableEditing<TimelineRow> editing;
    private final TimelineChartView chart;
    private Choices<TimelineRow, EntryKind> kinds;

    public TimelineView(TimelineViewModel vm, TimelineCommands.Io io, ObservableDoubleValue zoom) {
        this.vm = vm;
        table.setId("timeline");
        table.setItems(vm.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No events yet. Ctrl+Enter adds a row; Ctrl+V pastes lines such as "
                + "\u201c11:05 AM: Pager alert received\u201d."));
        table.fixedCellSizeProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.round(30 * zoom.get()) * 1.0, zoom));
        List<TableColumn<TimelineRow, ?>> order = List.of(date, time, kind, event);
        editing = new TableEditing<>(table, order, Set.of(date, time, event), this::say);
        dev.hindsight.ui.table.TopRowKeeper.install(table);
        commands = new TimelineCommands(vm, table, editing, io, this::say);
        editing.onLinesPasted(text -> commands.pasteText(text, "Paste Timeline Lines", "Paste"));
        columns(zoom);
        rows();
        keys();
        chart = new TimelineChartView(vm.report(), this::selectRows, zoom);
    }

    public Node build() {
        BorderPane pane = new BorderPane(table);
        javafx.scene.control.TitledPane chartPane = chart.build();
        ToolBar bar = toolBar();
        pane.setTop(new javafx.scene.layout.VBox(bar, chartPane));
        Label footer = new Label();
        footer.setId("timeline-footer");
        footer.textProperty().bind(vm.footer());
        note.setId("timeline-note");
        note.getStyleClass().add(Styles.TEXT_MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(12, footer, spacer, note);
        bottom.setPadding(new Insets(4, 10, 4, 10));
        pane.setBottom(bottom);
        // A BorderPane gives its top all the height it asks for, and the chart grows with the zoom: held
        // to what the table's header and TABLE_ROWS rows leave, the chart scrolls inside its pane instead.
        chartPane.maxHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> pane.getHeight() - bar.getHeight() - bottom.getHeight()
                        - (TABLE_ROWS + 2) * table.getFixedCellSize(),
                pane.heightProperty(), bar.heightProperty(), bottom.heightProperty(), table.fixedCellSizeProperty()));
        noteTimer.setOnFinished(e -> note.setText(""));
        return pane;
    }

    public TimelineCommands commands() {
        return commands;
    }

    public TableView<TimelineRow> table() {
        return table;
    }

    public TimelineChartView chart() {
        return chart;
    }

    /** Selects the rows of timeline entries {@code indexes} (a chart mark's) and shows the first. */
    private void selectRows(int[] indexes) {
        if (indexes.length == 0 || indexes[0] >= table.getItems().size()) {
            return;
        }
        table.getSelectionModel().clearSelection();
        table.getSelectionModel().selectIndices(indexes[0], java.util.Arrays.copyOfRange(indexes, 1, indexes.length));
        table.getFocusModel().focus(indexes[0]);
        RowReveal.show(table, indexes[0]);
        table.requestFocus();
    }

    private void say(String message) {
        note.setText(message);
        noteTimer.playFromStart();
    }

    private void columns(ObservableDoubleValue zoom) {
        date.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().showDate() ? c.getValue().date() : ""));
        date.setCellFactory(c -> new TextEditCell<>(editing, vm::setDate, (r, t, why) -> say("Date not taken: " + why),
                TimelineRow::date));
        ZoomedWidths.fit(zoom, date, 110, List.of("2088-08-28"), 0, 0);
        time.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().rejected() != null
                ? c.getValue().rejected() : c.getValue().time()));
        time.setCellFactory(c -> new TextEditCell<TimelineRow>(editing, vm::setTime, vm::keepRejected,
                TimelineRow::time).decorated((cell, row) -> {
                    if (row.rejected() != null) {
                        cell.getStyleClass().add("rejected");
                        cell.tooltip("Not taken: " + row.rejectedReason());
                    }
                }));
        ZoomedWidths.fit(zoom, time, 90, List.of("08:28:38"), 0, 0);
        kind.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().entry().kind()));
        kind.setCellFactory(c -> new KindCell());
        ZoomedWidths.fit(zoom, kind, 140, EntryKind.KNOWN.stream().map(k -> "\u25CF " + k.label()).toList(), 0, 0);
        event.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().entry().text()));
        event.setCellFactory(c -> new ProseEditCell<TimelineRow>(editing, (row, text) -> {
            vm.setText(row, text);
            return ParseResult.ok("");
        }, (r, t, why) -> { }, row -> row.entry().text(), (i, row) -> "timeline[" + row.index() + "].text")
                .decorated((cell, row) -> {
                    // the whole of what the cell shows (without markup), for a text cut at the cell's end
                    if (cell.getText() != null && !cell.getText().isEmpty()) {
                        cell.tooltip(cell.getText());
                    }
                }));
        ZoomedWidths.apply(zoom, event, 640);
        for (TableColumn<TimelineRow, ?> column : List.of(date, time, kind, event)) {
            column.setSortable(false);
        }
        table.getColumns().setAll(List.of(date, time, kind, event));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_LAST_COLUMN);
        kinds = new Choices<>(editing, table, kind, EntryKind.KNOWN, EntryKind::label, TypeAhead::names,
                row -> vm.entry(row).map(TimelineEntry::kind).orElse(null), vm::setKind);
    }

    private void rows() {
        table.setRowFactory(t -> {
            TableRow<TimelineRow> row = new TableRow<>() {
                // One tooltip per row, made when first needed: rows are updated on every scroll.
                private Tooltip tip;

                @Override
                protected void updateItem(TimelineRow item, boolean empty) {
                    super.updateItem(item, empty);
                    boolean has = !empty && item != null;
                    pseudoClassStateChanged(MISLEADING, has && item.misleading());
                    pseudoClassStateChanged(OUT_OF_ORDER, has && item.outOfOrder());
                    pseudoClassStateChanged(OUTSIDE, has && item.outsideWindow());
                    String flags = has ? item.flags() : "";
                    if (!flags.isEmpty()) {
                        tip = tip == null ? new Tooltip() : tip;
                        tip.setText(flags);
                    }
                    setTooltip(flags.isEmpty() ? null : tip);
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.isEmpty()) {
                    commands.addAtEnd();
                }
            });
            return row;
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getFocusModel().getFocusedCell() != null
                    && table.getFocusModel().getFocusedCell().getTableColumn() == kind) {
                kinds.open(table.getFocusModel().getFocusedIndex());
            }
        });
    }

    private void keys() {
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown() && !e.isShiftDown()) {
                e.consume();
                commands.addAtEnd();
                return;
            }
            if (editing.isEditing()) {
                return;
            }
            boolean handled = true;
            if (e.getCode() == KeyCode.INSERT && !e.isShiftDown()) {
                commands.insert(false);
            } else if (e.getCode() == KeyCode.INSERT || (e.getCode() == KeyCode.ENTER && e.isShortcutDown())) {
                commands.insert(true);
            } else if (e.getCode() == KeyCode.DELETE || (e.getCode() == KeyCode.BACK_SPACE && e.isShortcutDown())) {
                commands.delete();
            } else if (e.getCode() == KeyCode.D && e.isShortcutDown()) {
                commands.duplicate();
            } else if (e.getCode() == KeyCode.UP && e.isAltDown()) {
                commands.move(-1);
            } else if (e.getCode() == KeyCode.DOWN && e.isAltDown()) {
                commands.move(1);
            } else if (e.getCode() == KeyCode.C && e.isShortcutDown()) {
                commands.copy();
            } else if (e.getCode() == KeyCode.V && e.isShortcutDown()) {
                commands.pasteFromClipboard();
            } else {
                handled = false;
            }
            if (handled) {
                e.consume();
            }
        });
    }

    private ToolBar toolBar() {
        List<Node> items = new ArrayList<>(List.of(
                Buttons.tool("timeline-add", "Row", MaterialDesignT.TABLE_ROW_PLUS_AFTER, "Add a row at the end (Ctrl+Enter)",
                        commands::addAtEnd),
                Buttons.tool("timeline-insert", "Insert", MaterialDesignT.TABLE_ROW_PLUS_BEFORE,
                        "Insert a row below the selected one (Insert; above: Shift+Insert)", () -> commands.insert(false)),
                Buttons.tool("timeline-duplicate", null, MaterialDesignC.CONTENT_COPY, "Duplicate the selected rows (Ctrl+D)",
                        commands::duplicate),
                Buttons.tool("timeline-delete", null, MaterialDesignD.DELETE_OUTLINE, "Delete the selected rows (Delete)",
                        commands::delete),
                Buttons.tool("timeline-up", null, MaterialDesignA.ARROW_UP, "Move up (Alt+Up)", () -> commands.move(-1)),
                Buttons.tool("timeline-down", null, MaterialDesignA.ARROW_DOWN, "Move down (Alt+Down)", () -> commands.move(1)),
                new Separator(javafx.geometry.Orientation.VERTICAL),
                Buttons.tool("timeline-sort", "Sort by time", MaterialDesignS.SORT_CLOCK_ASCENDING_OUTLINE,
                        "Sort the rows by time (undoable)", commands::sortByTime),
                Buttons.tool("timeline-paste", "Paste lines\u2026", MaterialDesignC.CLIPBOARD_TEXT,
                        "Paste lines such as \u201c11:05 AM: Pager alert\u201d from the clipboard (Ctrl+V)",
                        commands::pasteFromClipboard),
                Buttons.tool("timeline-import", "Import CSV\u2026", MaterialDesignF.FILE_DELIMITED_OUTLINE,
                        "Import rows from a CSV or text file", commands::importFile)));
        ToolBar bar = new ToolBar(items.toArray(Node[]::new));
        bar.setId("timeline-toolbar");
        return bar;
    }
}
