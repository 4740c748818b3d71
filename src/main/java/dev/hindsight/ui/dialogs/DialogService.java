package dev.hindsight.ui.dialogs;

import dev.hindsight.edit.Template;
import dev.hindsight.input.ImportedRow;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Every question the window asks the user, behind one interface so that view models are
 * tested without a window (JabRef's DialogService).
 */
public interface DialogService {
    Optional<Path> chooseReportToOpen(Path initialFolder);

    Optional<Path> chooseSaveTarget(Path initialFolder, String suggestedName);

    /**
     * The file exists, and the save dialog did not ask about it (the application added the
     * extension to the name typed there): true when the user chooses to replace it.
     */
    boolean confirmReplace(Path file);

    /** Save / Don't Save / Cancel for a report with unsaved changes. */
    SaveChoice askToSaveChanges(String reportName);

    void showError(String header, String details);

    /** A failed save: shows why, and returns true when the user chooses "Save As…". */
    boolean offerSaveAs(String header, String details);

    /** A CSV or text file of timeline rows to import, or empty when cancelled. */
    Optional<Path> chooseTimelineImport(Path initialFolder);

    /**
     * Shows what a paste or an import would add and lets the user change the kinds; the rows
     * to add, or empty when cancelled.
     */
    Optional<List<ImportedRow>> confirmImport(String title, List<ImportedRow> rows, ZoneId zone);

    /** Where to write an export ("PDF", "Markdown"), or empty when cancelled. */
    Optional<Path> chooseExportTarget(Path initialFolder, String suggestedName, String kind);

    /**
     * Tells that an export is done (and what it could not show, with {@code warning}); true when
     * the user wants to open it.
     */
    boolean offerToOpen(String header, String details, boolean warning);

    /** The file was changed on disk (a colleague, git pull) since it was opened: what now? */
    ConflictChoice askConflict(Path file);

    /**
     * A report recovered after a crash or kill: restore it, save it elsewhere, discard it, or
     * decide at the next start.
     *
     * @param title          the report's title, or "Untitled report"
     * @param file           the file it was opened from, or null when it never was saved
     * @param lastChange     when it was last changed
     * @param problem        why its copy cannot be read, or null when it can (then only discard or later make sense)
     * @param fileChanged    whether that file changed on disk since the unsaved changes began
     */
    RecoveryChoice askRecovery(String title, Path file, java.time.Instant lastChange, String problem,
                               boolean fileChanged);

    /** Pictures (PNG, JPEG, GIF) to insert into a Markdown field, or empty when cancelled. */
    Optional<List<Path>> choosePictures(Path initialFolder);

    /** A picture is too large ({@code details} says how and what a smaller copy would be): true to shrink it. */
    boolean confirmShrink(String header, String details);

    /** The template for a new report, or empty when cancelled. */
    Optional<Template> chooseTemplate();

    /** A folder to open as a library, or empty when cancelled. */
    Optional<Path> chooseFolder(Path initialFolder);

    /** The quarter an incident review covers, from {@code quarters} (latest first), or empty when cancelled. */
    Optional<dev.hindsight.library.Quarter> chooseQuarter(List<dev.hindsight.library.Quarter> quarters);

    /** A postmortem document to import (Markdown, text, HTML, Word), or empty when cancelled. */
    default Optional<Path> chooseDocumentToImport(Path initialFolder) {
        return Optional.empty();
    }

    /**
     * Shows what an import found and where each part goes, before the report opens; with
     * {@code reimport}, the user pastes or edits the text there and the preview follows it. The
     * result to open, or empty when cancelled.
     */
    default Optional<dev.hindsight.input.importing.ImportResult> previewImport(String title,
            dev.hindsight.input.importing.ImportResult result, ImportSource reimport) {
        return Optional.empty();
    }

    /** Pasted text read into a report for the import preview: the result, or why it was refused. */
    @FunctionalInterface
    interface ImportSource {
        dev.hindsight.input.importing.ImportResult read(String text)
                throws dev.hindsight.input.importing.ImportRefusedException;
    }

    /**
     * The status is being set to Final while the review still finds things ({@code findings} of them,
     * {@code details} saying which): true to set it anyway, false to keep the status as it was.
     */
    boolean confirmFinal(int findings, String details);

    /** Another copy of the report to compare the open one with (File ▸ Compare with…), or empty when cancelled. */
    Optional<Path> chooseReportToCompare(Path initialFolder);

    /**
     * Asks for a piece of text (a comment, a reply, the reviewer's name, an edited value): the
     * text, or empty when cancelled. {@code multiline} offers a text area rather than a field.
     */
    Optional<String> askText(String title, String header, String initial, boolean multiline);
}
