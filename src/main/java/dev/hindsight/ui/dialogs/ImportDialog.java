package dev.hindsight.ui.dialogs;

import atlantafx.base.theme.Styles;
import dev.hindsight.input.importing.ImportLines;
import dev.hindsight.input.importing.ImportRefusedException;
import dev.hindsight.input.importing.ImportResult;
import dev.hindsight.input.importing.Placement;
import dev.hindsight.model.Report;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The import's preview: what the document holds and where each part goes in the report, and
 * what to check, before the report opens. For pasted text, the text is on the left and the
 * preview follows it as it is pasted or edited.
 */
final class ImportDialog {
    private final Dialog<ImportResult> dialog = new Dialog<>();
    private final Label summary = new Label();
    private final TableView<Placement> placements = new TableView<>();
    private final ListView<String> notes = new ListView<>();
    private final ButtonType open = new ButtonType("Open as Report", ButtonBar.ButtonData.OK_DONE);
    private ImportResult current;

    /** @param zoom the window's zoom, which the dialog follows as the others do */
    ImportDialog(Window owner, String title, ImportResult result, DialogService.ImportSource reimport, double zoom) {
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setResizable(true);
        dialog.setHeaderText(reimport == null ? "Check where each part of the document goes, then open it as a new, "
                + "unsaved report." : "Paste a postmortem (Markdown, plain text or a web page's text) on the left; "
                + "the right side shows where each part goes.");
        summary.setId("import-summary");
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        summary.setWrapText(true);
        // its own lines however tall: the table below gives way, not the summary (its end was cut)
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        placements.setId("import-placements");
        TableColumn<Placement, String> from = new TableColumn<>("In the document");
        from.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().from()));
        from.setPrefWidth(280);
        TableColumn<Placement, String> to = new TableColumn<>("Goes to");
        to.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().to()));
        to.setPrefWidth(460);
        placements.getColumns().add(from);
        placements.getColumns().add(to);
        placements.setPlaceholder(new Label("Nothing found yet"));
        placements.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        notes.setId("import-notes");
        notes.setPrefHeight(130);
        notes.setPlaceholder(new Label("Nothing to check"));
        notes.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String note, boolean empty) {
                super.updateItem(note, empty);
                setText(empty ? null : note);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        Label check = new Label("To check");
        check.getStyleClass().add(Styles.TEXT_BOLD);
        VBox preview = new VBox(8, summary, placements, check, notes);
        VBox.setVgrow(placements, Priority.ALWAYS);
        preview.setPadding(new Insets(0, 8, 0, 8));
        preview.setPrefWidth(600);
        dialog.getDialogPane().getButtonTypes().setAll(open, ButtonType.CANCEL);
        if (reimport != null) {
            TextArea text = new TextArea();
            text.setId("import-text");
            text.setPromptText("Paste the postmortem here");
            text.setWrapText(true);
            text.setPrefSize(460, 480);
            PauseTransition pause = new PauseTransition(Duration.millis(250));
            pause.setOnFinished(e -> read(reimport, text.getText()));
            text.textProperty().addListener((o, a, b) -> pause.playFromStart());
            SplitPane split = new SplitPane(text, preview);
            split.setDividerPositions(0.45);
            dialog.getDialogPane().setContent(split);
        } else {
            dialog.getDialogPane().setContent(preview);
        }
        show(result);
        // wide enough for "Issue Summary (window, impact, root cause, users affected)" beside its heading
        dialog.getDialogPane().setPrefSize((reimport == null ? 780 : 1120) * zoom, 600 * zoom);
        dialog.getDialogPane().setMinSize((reimport == null ? 560 : 900) * zoom, 480 * zoom);
        DialogLook.dress(dialog, zoom);
        dialog.setResultConverter(b -> b == open ? current : null);
    }

    private void read(DialogService.ImportSource reimport, String text) {
        if (text.isBlank()) {
            show(null);
            return;
        }
        try {
            show(reimport.read(text));
        } catch (ImportRefusedException e) {
            show(null);
            summary.setText(e.getMessage());
        }
    }

    private void show(ImportResult result) {
        current = result;
        dialog.getDialogPane().lookupButton(open).setDisable(result == null);
        if (result == null) {
            summary.setText("Nothing to import yet");
            placements.getItems().clear();
            notes.getItems().clear();
            return;
        }
        Report r = result.report();
        int events = r.timeline().size();
        int items = r.measures().actionItems().size();
        summary.setText((r.title().isBlank() ? "Untitled report" : "\u201C" + r.title() + "\u201D") + " \u2014 "
                + events + (events == 1 ? " timeline event, " : " timeline events, ") + items
                + (items == 1 ? " action item" : " action items") + ", times in " + r.timeZone()
                + (r.severity() == null ? "" : ", " + r.severity().label()));
        ImportLines lines = ImportLines.of(result);
        placements.setItems(FXCollections.observableArrayList(lines.placements()));
        if (lines.morePlacements() > 0) {
            placements.getItems().add(new Placement(ImportLines.more(lines.morePlacements()), ""));
        }
        notes.setItems(FXCollections.observableArrayList(lines.notes()));
        if (lines.moreNotes() > 0) {
            notes.getItems().add(ImportLines.more(lines.moreNotes()));
        }
    }

    Optional<ImportResult> showAndWait() {
        return dialog.showAndWait();
    }
}
