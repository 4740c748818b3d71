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

    /** The template for a new report, or empty when cancelled. */
    Optional<Template> chooseTemplate();

    /** Another copy of the report to compare the open one with (File ▸ Compare with…), or empty when cancelled. */
    Optional<Path> chooseReportToCompare(Path initialFolder);

    /**
     * Asks for a piece of text (a comment, a reply, the reviewer's name, an edited value): the
     * text, or empty when cancelled. {@code multiline} offers a text area rather than a field.
     */
    Optional<String> askText(String title, String header, String initial, boolean multiline);
}
