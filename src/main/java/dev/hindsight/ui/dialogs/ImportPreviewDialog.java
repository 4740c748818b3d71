package dev.hindsight.ui.dialogs;

import atlantafx.base.theme.Styles;
import dev.hindsight.input.ImportedRow;
import dev.hindsight.input.TimelineText;
import dev.hindsight.model.EntryKind;
import dev.hindsight.ui.support.ZoomedWidths;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;

/** The preview of pasted or imported timeline rows: times as they will be read, kinds to change, problems marked. */
final class ImportPreviewDialog {
    /** What the time cell of a row without a time says. */
    static final String NO_TIME = "\u26A0 no time";

    private final Dialog<List<ImportedRow>> dialog = new Dialog<>();
    private final ObservableList<ImportedRow> rows;

    ImportPreviewDialog(Window owner, String title, List<ImportedRow> imported, ZoneId zone, double zoom) {
        rows = FXCollections.observableArrayList(imported);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setResizable(true);
        long problems = imported.stream().filter(ImportedRow::problem).count();
        dialog.setHeaderText(imported.size() + (imported.size() == 1 ? " row" : " rows") + " will be added"
                + (problems > 0 ? "; " + problems + " without a time (marked \u201c" + NO_TIME + "\u201d; see Note)" : "")
                + ". Times are read in " + zone.getId() + ". Change a kind by clicking it.");

        TableView<ImportedRow> table = new TableView<>(rows);
        table.setId("import-preview");
        table.setEditable(true);
        TableColumn<ImportedRow, String> time = new TableColumn<>("Date and time");
        time.setCellValueFactory(c -> new SimpleStringProperty(TimelineText.format(c.getValue().entry().at(), zone)));
        time.setCellFactory(c -> new TableCell<>() {
            private final Label noTime = noTimeLabel();

            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                // A row without a time is easy to miss in a long paste: its own cell says so.
                boolean missing = !empty && value != null && value.isEmpty();
                setText(empty || missing ? null : value);
                setGraphic(missing ? noTime : null);
            }
        });
        TableColumn<ImportedRow, EntryKind> kind = new TableColumn<>("Kind");
        kind.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().entry().kind()));
        kind.setCellFactory(ComboBoxTableCell.forTableColumn(new javafx.util.StringConverter<>() {
            @Override
            public String toString(EntryKind k) {
                return k == null ? "" : k.label();
            }

            @Override
            public EntryKind fromString(String s) {
                return EntryKind.KNOWN.stream().filter(k -> k.label().equals(s)).findFirst().orElse(EntryKind.NOTE);
            }
        }, FXCollections.observableArrayList(EntryKind.KNOWN)));
        kind.setOnEditCommit(e -> rows.set(e.getTablePosition().getRow(),
                e.getRowValue().withEntry(e.getRowValue().entry().withKind(e.getNewValue()))));
        TableColumn<ImportedRow, String> text = new TableColumn<>("Event");
        text.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().entry().text()));
        TableColumn<ImportedRow, String> note = new TableColumn<>("Note");
        note.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().note()));
        table.getColumns().add(time);
        table.getColumns().add(kind);
        table.getColumns().add(text);
        table.getColumns().add(note);
        javafx.beans.value.ObservableDoubleValue scale = new javafx.beans.property.SimpleDoubleProperty(zoom);
        ZoomedWidths.fit(scale, time, 150, List.of(TimelineText.format(java.time.Instant.parse(
                "2024-12-28T22:58:00Z"), java.time.ZoneOffset.UTC), NO_TIME), 0, 0);
        // a kind is changed with a combo box in the cell: room for its arrow
        ZoomedWidths.fit(scale, kind, 130, EntryKind.KNOWN.stream().map(EntryKind::label).toList(), 24, 1.5);
        ZoomedWidths.apply(scale, text, 420);
        ZoomedWidths.apply(scale, note, 240);
        table.setPrefSize(960 * zoom, 420 * zoom);

        BorderPane content = new BorderPane(table);
        if (imported.isEmpty()) {
            content.setTop(new Label("Nothing to add: no line starts with a time such as 11:05."));
        }
        dialog.getDialogPane().setContent(content);
        ButtonType add = new ButtonType("Add " + imported.size() + (imported.size() == 1 ? " Row" : " Rows"),
                ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(add, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(add).setDisable(imported.isEmpty());
        dialog.setResultConverter(b -> b == add ? List.copyOf(rows) : null);
        DialogLook.dress(dialog, zoom);
    }

    private static Label noTimeLabel() {
        Label label = new Label(NO_TIME);
        label.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_BOLD);
        return label;
    }

    Optional<List<ImportedRow>> showAndWait() {
        return dialog.showAndWait();
    }
}
