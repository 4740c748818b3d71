package dev.hindsight.ui.library;

import dev.hindsight.export.SeverityColors;
import dev.hindsight.library.LibraryEntry;
import dev.hindsight.library.ReportDigest;
import dev.hindsight.library.Snippet;
import dev.hindsight.model.Durations;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/**
 * The library's reports as a table: title, id, date, severity, status, duration, time to detect
 * and to resolve, open action items, tags and services; every column sorts (a report without a
 * value last); while searching, the best match first and a column with the passage found. A
 * double click or Enter opens the report in its editor window.
 */
final class ReportTable {
    private static final double ROW = 30;

    private final TableView<LibraryEntry> table = new TableView<>();
    private final TableColumn<LibraryEntry, Snippet> match = new TableColumn<>("Match");

    /** @param zoom the window's zoom: a column is never narrower than its heading at it */
    ReportTable(LibraryViewModel vm, Consumer<LibraryEntry> open, javafx.beans.value.ObservableDoubleValue zoom) {
        table.setId("library-table");
        SortedList<LibraryEntry> sorted = new SortedList<>(vm.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        Label empty = new Label();
        empty.textProperty().bind(vm.scans().emptyTable());
        empty.setWrapText(true);
        empty.setId("library-table-empty");
        table.setPlaceholder(empty);
        // the title first and wide; the short columns as wide as their usual values ("INC-2024-0042", "1 d 7 h 27 min")
        TableColumn<LibraryEntry, String> title = text("Title", ReportDigest::title, 360);
        match.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(vm.result().get() == null ? Snippet.NONE
                : vm.result().get().snippet(c.getValue().found().key())));
        match.setCellFactory(c -> new SnippetCell<>());
        match.setSortable(false);
        match.setPrefWidth(440);
        match.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.result().get() != null
                && !vm.search().get().isBlank(), vm.result(), vm.search()));
        // Rows of one size: one line, or two while searching, for the passage found.
        table.fixedCellSizeProperty().bind(Bindings.when(match.visibleProperty()).then(ROW * 2 - 8).otherwise(ROW));
        TableColumn<LibraryEntry, LocalDate> date = new TableColumn<>("Date");
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().digest().date()));
        date.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        date.setPrefWidth(100);
        TableColumn<LibraryEntry, String> severity = text("Severity", d -> d.severity() == null ? "" : d.severity().code(), 80);
        severity.setCellFactory(c -> new SeverityCell());
        table.getColumns().setAll(List.of(title, match, text("ID", ReportDigest::incidentId, 110), date, severity,
                text("Status", d -> d.status().label(), 90), duration("Duration", ReportDigest::durationSeconds),
                duration("Detect", ReportDigest::detectSeconds), duration("Resolve", ReportDigest::resolveSeconds),
                count(), text("Tags", d -> String.join(", ", d.tags()), 150),
                text("Services", d -> String.join(", ", d.services()), 150)));
        dev.hindsight.ui.support.ZoomedWidths.applyAll(zoom, table);
        table.setRowFactory(t -> {
            TableRow<LibraryEntry> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            LibraryEntry selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                open.accept(selected);
                e.consume();
            }
        });
    }

    TableView<LibraryEntry> node() {
        return table;
    }

    private static TableColumn<LibraryEntry, String> text(String name, Function<ReportDigest, String> value, double width) {
        TableColumn<LibraryEntry, String> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue().digest())));
        column.setComparator(Comparator.comparing((String s) -> s.isEmpty()).thenComparing(String.CASE_INSENSITIVE_ORDER));
        column.setPrefWidth(width);
        return column;
    }

    /** A duration column: shown as the editor shows it, sorted by its length, reports without it last. */
    private static TableColumn<LibraryEntry, Long> duration(String name, Function<ReportDigest, Long> seconds) {
        TableColumn<LibraryEntry, Long> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(seconds.apply(c.getValue().digest())));
        column.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s == null ? "\u2014" : Durations.format(Duration.ofSeconds(s)));
            }
        });
        column.setPrefWidth(120);
        column.getStyleClass().add("number-column");
        return column;
    }

    private static TableColumn<LibraryEntry, Long> count() {
        TableColumn<LibraryEntry, Long> column = new TableColumn<>("Open items");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().digest().openActions()));
        column.setPrefWidth(100);
        column.getStyleClass().add("number-column");
        return column;
    }

    /** The severity in its badge colour, as in the editor and the PDF. */
    private static final class SeverityCell extends TableCell<LibraryEntry, String> {
        @Override
        protected void updateItem(String code, boolean empty) {
            super.updateItem(code, empty);
            setText(empty ? null : code == null || code.isEmpty() ? "\u2014" : code);
            LibraryEntry entry = empty || getTableRow() == null ? null : getTableRow().getItem();
            setStyle(entry == null || entry.digest().severity() == null ? ""
                    : "-fx-text-fill: " + SeverityColors.of(entry.digest().severity()) + "; -fx-font-weight: bold;");
        }
    }
}
