package dev.hindsight.ui.window;

import dev.hindsight.edit.Command;
import dev.hindsight.edit.ReportDocument;
import dev.hindsight.edit.Template;
import dev.hindsight.format.FileFingerprint;
import dev.hindsight.format.FormatWarning;
import dev.hindsight.model.Report;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The report of one window as observable state: the current report, its file, whether it
 * has unsaved changes, what undo and redo would do. Every edit goes through {@link #execute}
 * to the one {@link ReportDocument} undo stack.
 */
public final class DocumentViewModel {
    private final ReadOnlyObjectWrapper<Report> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Template> template = new ReadOnlyObjectWrapper<>(Template.CLASSIC);
    private final ObservableList<FormatWarning> warnings = FXCollections.observableArrayList();
    /** "Imported from postmortem.md" while an imported report has no file of its own; empty otherwise. */
    private final ReadOnlyStringWrapper origin = new ReadOnlyStringWrapper("");
    /** What the reader said about the file; the checks of the report as it is now are added to it. */
    private List<FormatWarning> readWarnings = List.of();
    private final ReportDocument.Listener listener = (before, after) -> refresh();
    private ReportDocument document;
    private Report baseline;
    private FileFingerprint fingerprint;

    public DocumentViewModel() {
        replace(new ReportDocument(Report.blank()), null, null, List.of());
    }

    private void replace(ReportDocument next, Path path, Report savedAs, List<FormatWarning> readWarnings) {
        origin.set("");
        if (document != null) {
            document.removeListener(listener);
        }
        document = next;
        document.addListener(listener);
        baseline = savedAs;
        file.set(path);
        this.readWarnings = List.copyOf(readWarnings);
        refresh();
    }

    private void refresh() {
        report.set(document.report());
        List<FormatWarning> now = new java.util.ArrayList<>(readWarnings);
        now.addAll(ReportWarnings.of(document.report()));
        if (!now.equals(warnings)) {
            warnings.setAll(now);
        }
        dirty.set(document.isDirty());
        canUndo.set(document.canUndo());
        canRedo.set(document.canRedo());
        undoLabel.set(document.undoDescription().map(d -> "Undo " + d).orElse("Undo"));
        redoLabel.set(document.redoDescription().map(d -> "Redo " + d).orElse("Redo"));
    }

    /** Shows a report read from {@code path}: a fresh undo history, nothing unsaved. */
    public void opened(Report opened, Path path, List<FormatWarning> readWarnings, FileFingerprint onDisk) {
        template.set(Template.CLASSIC);
        fingerprint = onDisk;
        replace(new ReportDocument(opened), path, opened, readWarnings);
    }

    /**
     * Starts a report that has never been saved (a template, a copy of another report, a
     * recovered one); {@code basedOn} is what {@code path} was when its changes began, if known.
     */
    public void startUnsaved(Report start, Template guidance, Path path, FileFingerprint basedOn) {
        template.set(guidance);
        fingerprint = basedOn;
        ReportDocument next = new ReportDocument(start);
        replace(next, path, null, List.of());
        next.markUnsaved();
    }

    /** Starts an imported report: unsaved, no file yet, its window titled "Imported from {@code source}". */
    public void startImported(Report imported, String source) {
        startUnsaved(imported, Template.CLASSIC, null, null);
        origin.set("Imported from " + source);
    }

    public ReadOnlyStringProperty origin() {
        return origin.getReadOnlyProperty();
    }

    /** A new report from a template: not dirty until the first edit, as an empty window is. */
    public void startNew(Template chosen) {
        template.set(chosen);
        fingerprint = null;
        replace(new ReportDocument(chosen.report()), null, null, List.of());
    }

    public boolean execute(Command command) {
        return document.execute(command);
    }

    public void undo() {
        document.undo();
    }

    public void redo() {
        document.redo();
    }

    public void endMerging() {
        document.endMerging();
    }

    public ReportDocument.Snapshot snapshot() {
        return document.snapshot();
    }

    /** Records a finished save of {@code snapshot} to {@code path}, which now is {@code onDisk}. */
    public void saved(ReportDocument.Snapshot snapshot, Report written, Path path, FileFingerprint onDisk) {
        baseline = written;
        fingerprint = onDisk;
        origin.set("");
        file.set(path);
        document.markSaved(snapshot, written);
    }

    /** What the file was when last read or written here, to notice a change by someone else; may be null. */
    public FileFingerprint fingerprint() {
        return fingerprint;
    }

    /** The report as last read from or written to its file, or null when it never was. */
    public Report baseline() {
        return baseline;
    }

    public Report current() {
        return report.get();
    }

    public ReadOnlyObjectProperty<Report> report() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> file() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndo() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedo() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoLabel() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabel() {
        return redoLabel.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Template> template() {
        return template.getReadOnlyProperty();
    }

    /** The reader's warnings about the file, then what is wrong with the report as it is now (an end before the start). */
    public ObservableList<FormatWarning> warnings() {
        return FXCollections.unmodifiableObservableList(warnings);
    }

    /** The name people see: the title, or the file name, or "Untitled report". */
    public String displayName() {
        Report r = report.get();
        if (!r.title().isBlank()) {
            return r.title().strip();
        }
        Path f = file.get();
        return f == null ? "Untitled report" : f.getFileName().toString();
    }

    /** "• Database Vanished — db.postmortem.json — Hindsight", the bullet while unsaved. */
    public StringBinding windowTitle() {
        return Bindings.createStringBinding(() -> {
            Path f = file.get();
            String name = displayName();
            String fileName = f == null ? origin.get() : f.getFileName().toString();
            String shown = fileName.isEmpty() || fileName.equals(name) ? name : name + " \u2014 " + fileName;
            return (dirty.get() ? "\u2022 " : "") + shown + " \u2014 Hindsight";
        }, report, file, dirty, origin);
    }
}
