package dev.hindsight.ui.dialogs;

import dev.hindsight.edit.Template;
import java.nio.file.Path;
import dev.hindsight.input.ImportedRow;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX dialogs and the platform's file choosers, owned by one window. */
public final class FxDialogService implements DialogService {
    private final Window owner;
    private final DoubleSupplier zoom;
    private final FileChoosers files;

    /** @param zoom the window's zoom, which its dialogs follow */
    public FxDialogService(Window owner, DoubleSupplier zoom) {
        this.owner = owner;
        this.zoom = zoom;
        this.files = new FileChoosers(owner);
    }

    @Override
    public Optional<Path> chooseReportToOpen(Path initialFolder) {
        return files.open("Open Report", initialFolder, FileChoosers.REPORTS);
    }

    @Override
    public Optional<Path> chooseSaveTarget(Path initialFolder, String suggestedName) {
        return files.save("Save Report As", initialFolder, suggestedName, FileChoosers.REPORTS);
    }

    @Override
    public boolean confirmReplace(Path file) {
        ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.YES);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Path folder = file.toAbsolutePath().getParent();
        return alert(Alert.AlertType.WARNING, "\u201c" + file.getFileName() + "\u201d already exists. Replace it?",
                "A file with that name is already in " + (folder == null ? "this folder" : folder)
                        + ". Replacing it overwrites what it holds.", replace, cancel)
                .showAndWait().orElse(cancel) == replace;
    }

    @Override
    public boolean confirmFinal(int findings, String details) {
        ButtonType setFinal = new ButtonType("Set to Final", ButtonBar.ButtonData.YES);
        ButtonType keep = new ButtonType("Keep Status", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, (findings == 1 ? "The review still finds 1 thing."
                : "The review still finds " + findings + " things.") + " Set the report to Final anyway?",
                details + "\n\nThe Review panel (F7) lists them; dismiss those that do not apply to this report.",
                setFinal, keep);
        alert.getDialogPane().setId("confirm-final");
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(setFinal)).setDefaultButton(false);
        return alert.showAndWait().orElse(keep) == setFinal;
    }

    @Override
    public SaveChoice askToSaveChanges(String reportName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType dontSave = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.WARNING, "Save changes to \u201c" + reportName + "\u201d?",
                "Your changes will be lost if you don't save them.", save, dontSave, cancel);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? SaveChoice.SAVE : answer == dontSave ? SaveChoice.DONT_SAVE : SaveChoice.CANCEL;
    }

    @Override
    public void showError(String header, String details) {
        alert(Alert.AlertType.ERROR, header, details, ButtonType.OK).showAndWait();
    }

    @Override
    public boolean offerSaveAs(String header, String details) {
        ButtonType saveAs = new ButtonType("Save As\u2026", ButtonBar.ButtonData.YES);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        return alert(Alert.AlertType.ERROR, header, details, saveAs, cancel).showAndWait().orElse(cancel) == saveAs;
    }

    @Override
    public Optional<Path> chooseTimelineImport(Path initialFolder) {
        return files.open("Import Timeline Rows", initialFolder, new FileChooser.ExtensionFilter(
                "Spreadsheet or text (*.csv, *.tsv, *.txt)", "*.csv", "*.tsv", "*.txt"));
    }

    @Override
    public Optional<List<Path>> choosePictures(Path initialFolder) {
        return files.openMany("Insert Picture", initialFolder, new FileChooser.ExtensionFilter(
                "Pictures (*.png, *.jpg, *.jpeg, *.gif)", "*.png", "*.jpg", "*.jpeg", "*.gif", "*.PNG", "*.JPG",
                "*.JPEG", "*.GIF"));
    }

    @Override
    public boolean confirmShrink(String header, String details) {
        ButtonType shrink = new ButtonType("Shrink and Insert", ButtonBar.ButtonData.YES);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        return alert(Alert.AlertType.CONFIRMATION, header, details, shrink, cancel).showAndWait().orElse(cancel) == shrink;
    }

    @Override
    public Optional<List<ImportedRow>> confirmImport(String title, List<ImportedRow> rows, ZoneId zone) {
        return new ImportPreviewDialog(owner, title, rows, zone, zoom.getAsDouble()).showAndWait();
    }

    @Override
    public Optional<Path> chooseExportTarget(Path initialFolder, String suggestedName, String kind) {
        String extension = suggestedName.substring(suggestedName.lastIndexOf('.') + 1);
        return files.save("Export " + kind, initialFolder, suggestedName,
                new FileChooser.ExtensionFilter(kind + " (*." + extension + ")", "*." + extension));
    }

    @Override
    public boolean offerToOpen(String header, String details, boolean warning) {
        ButtonType open = new ButtonType("Open", ButtonBar.ButtonData.YES);
        ButtonType close = new ButtonType("Close", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(warning ? Alert.AlertType.WARNING : Alert.AlertType.INFORMATION,
                header, details, open, close);
        return alert.showAndWait().orElse(close) == open;
    }

    @Override
    public ConflictChoice askConflict(Path file) {
        ButtonType overwrite = new ButtonType("Overwrite", ButtonBar.ButtonData.LEFT);
        ButtonType saveAs = new ButtonType("Save As\u2026", ButtonBar.ButtonData.YES);
        ButtonType reload = new ButtonType("Reload Theirs", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType answer = alert(Alert.AlertType.WARNING, file.getFileName() + " was changed by someone else",
                file + " changed on disk since you opened it (a colleague, or a git pull).\n\n"
                        + "Overwrite replaces their version with yours. Save As keeps both. "
                        + "Reload Theirs opens their version and drops your unsaved changes.",
                overwrite, saveAs, reload, cancel).showAndWait().orElse(cancel);
        return answer == overwrite ? ConflictChoice.OVERWRITE : answer == saveAs ? ConflictChoice.SAVE_AS
                : answer == reload ? ConflictChoice.RELOAD : ConflictChoice.CANCEL;
    }

    @Override
    public RecoveryChoice askRecovery(String title, Path file, java.time.Instant lastChange, String problem,
                                      boolean fileChanged) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType elsewhere = new ButtonType("Save Elsewhere\u2026", ButtonBar.ButtonData.OTHER);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType("Decide Later", ButtonBar.ButtonData.CANCEL_CLOSE);
        String when = lastChange == null ? "an unknown time" : java.time.format.DateTimeFormatter
                .ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM)
                .format(lastChange.atZone(java.time.ZoneId.systemDefault()));
        StringBuilder details = new StringBuilder("Last changed: ").append(when).append('\n')
                .append(file == null ? "Never saved to a file" : "File: " + file);
        if (fileChanged) {
            details.append("\n\nThat file has changed on disk since; saving over it will ask first.");
        }
        if (problem != null) {
            details.append("\n\nThe recovered copy cannot be read: ").append(problem);
        }
        Alert alert = problem == null
                ? alert(Alert.AlertType.CONFIRMATION, "Unsaved changes to \u201c" + title + "\u201d were recovered",
                        details.toString(), restore, elsewhere, discard, later)
                : alert(Alert.AlertType.WARNING, "A recovered report cannot be read", details.toString(), discard,
                        later);
        ButtonType answer = alert.showAndWait().orElse(later);
        return answer == restore ? RecoveryChoice.RESTORE : answer == elsewhere ? RecoveryChoice.SAVE_ELSEWHERE
                : answer == discard ? RecoveryChoice.DISCARD : RecoveryChoice.LATER;
    }

    @Override
    public Optional<Template> chooseTemplate() {
        // one choice per line, each label whole: a combo box cut the long ones short
        Dialog<Template> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New Report");
        dialog.setHeaderText("Start the new report from a template");
        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(8);
        for (Template template : Template.values()) {
            RadioButton choice = new RadioButton(template.toString());
            choice.setId("template-" + template.name().toLowerCase(java.util.Locale.ROOT));
            choice.setUserData(template);
            choice.setToggleGroup(group);
            choice.setSelected(template == Template.CLASSIC);
            choices.getChildren().add(choice);
        }
        dialog.getDialogPane().setContent(choices);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK && group.getSelectedToggle() != null
                ? (Template) group.getSelectedToggle().getUserData() : null);
        return DialogLook.dress(dialog, zoom.getAsDouble()).showAndWait();
    }

    @Override
    public Optional<Path> chooseDocumentToImport(Path initialFolder) {
        return files.open("Import a Postmortem", initialFolder, new FileChooser.ExtensionFilter(
                "Postmortems (*.md, *.txt, *.html, *.docx)", dev.hindsight.input.importing.Importer.EXTENSIONS.stream()
                        .map(e -> "*." + e).toList()));
    }

    @Override
    public Optional<dev.hindsight.input.importing.ImportResult> previewImport(String title,
            dev.hindsight.input.importing.ImportResult result, ImportSource reimport) {
        return new ImportDialog(owner, title, result, reimport, zoom.getAsDouble()).showAndWait();
    }

    @Override
    public Optional<Path> chooseReportToCompare(Path initialFolder) {
        return files.open("Compare with Another Copy", initialFolder, FileChoosers.REPORTS);
    }

    @Override
    public Optional<String> askText(String title, String header, String initial, boolean multiline) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        javafx.scene.control.TextInputControl input;
        if (multiline) {
            TextArea area = new TextArea(initial);
            area.setWrapText(true);
            area.setPrefColumnCount(48);
            area.setPrefRowCount(5);
            input = area;
        } else {
            javafx.scene.control.TextField field = new javafx.scene.control.TextField(initial);
            field.setPrefColumnCount(32);
            input = field;
        }
        input.setId("ask-text");
        dialog.getDialogPane().setContent(input);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> input.getText().isBlank(),
                        input.textProperty()));
        dialog.setResultConverter(b -> b == ButtonType.OK ? input.getText() : null);
        dialog.setOnShown(e -> javafx.application.Platform.runLater(input::requestFocus));
        dialog.setResizable(true);
        return DialogLook.dress(dialog, zoom.getAsDouble()).showAndWait();
    }

    private Alert alert(Alert.AlertType type, String header, String details, ButtonType... buttons) {
        Alert alert = new Alert(type, "", buttons);
        alert.initOwner(owner);
        alert.setTitle("Hindsight");
        alert.setHeaderText(header);
        // A selectable text, so a refusal (file, line, column) can be copied into a bug report or a chat.
        // As tall as its text (DialogLook), so nothing hides behind a scroll bar.
        TextArea text = new TextArea(details);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefColumnCount(50);
        text.setId("dialog-details");
        alert.getDialogPane().setContent(details.length() < 90 && !details.contains("\n") ? new Label(details) : text);
        alert.setResizable(true);
        return DialogLook.dress(alert, zoom.getAsDouble());
    }

    @Override
    public Optional<Path> chooseFolder(Path initialFolder) {
        return files.folder("Open Folder as Library", initialFolder);
    }

    @Override
    public Optional<dev.hindsight.library.Quarter> chooseQuarter(List<dev.hindsight.library.Quarter> quarters) {
        if (quarters.isEmpty()) {
            showError("No quarter to review", "No report of the library view has a date (a start time).");
            return Optional.empty();
        }
        ChoiceDialog<dev.hindsight.library.Quarter> dialog = new ChoiceDialog<>(quarters.get(0), quarters);
        dialog.initOwner(owner);
        dialog.setTitle("Export Incident Review");
        dialog.setHeaderText("Which quarter should the incident review cover?");
        dialog.setContentText("Quarter:");
        return dialog.showAndWait();
    }
}
