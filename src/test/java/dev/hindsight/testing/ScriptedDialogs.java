package dev.hindsight.testing;

import dev.hindsight.edit.Template;
import dev.hindsight.input.ImportedRow;
import dev.hindsight.ui.dialogs.ConflictChoice;
import dev.hindsight.ui.dialogs.DialogService;
import dev.hindsight.ui.dialogs.RecoveryChoice;
import dev.hindsight.ui.dialogs.SaveChoice;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** A {@link DialogService} that answers from a script and records what it was asked, for tests. */
public final class ScriptedDialogs implements DialogService {
    public final Deque<Path> openAnswers = new ArrayDeque<>();
    public final Deque<Path> saveAnswers = new ArrayDeque<>();
    public final Deque<SaveChoice> saveChanges = new ArrayDeque<>();
    public final Deque<Boolean> saveAsAfterFailure = new ArrayDeque<>();
    public final Deque<Template> templates = new ArrayDeque<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> asked = new ArrayList<>();
    public final List<String> suggestedNames = new ArrayList<>();
    public final List<List<ImportedRow>> previews = new ArrayList<>();
    /** What the import preview does with the rows it shows: add them as they are by default. */
    public UnaryOperator<List<ImportedRow>> importAnswer = rows -> rows;

    @Override
    public Optional<Path> chooseReportToOpen(Path initialFolder) {
        asked.add("open");
        return Optional.ofNullable(openAnswers.poll());
    }

    @Override
    public Optional<Path> chooseSaveTarget(Path initialFolder, String suggestedName) {
        asked.add("save-as");
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(saveAnswers.poll());
    }

    /** Answers to "replace the existing file?"; no when none is left. */
    public final Deque<Boolean> replaceAnswers = new ArrayDeque<>();
    public final Deque<Boolean> finalAnswers = new ArrayDeque<>();

    @Override
    public boolean confirmFinal(int findings, String details) {
        asked.add("final:" + findings + ":" + details);
        Boolean answer = finalAnswers.poll();
        return answer != null && answer;
    }

    @Override
    public boolean confirmReplace(Path file) {
        asked.add("replace:" + file.getFileName());
        Boolean answer = replaceAnswers.poll();
        return answer != null && answer;
    }

    @Override
    public SaveChoice askToSaveChanges(String reportName) {
        asked.add("save-changes:" + reportName);
        SaveChoice answer = saveChanges.poll();
        return answer == null ? SaveChoice.CANCEL : answer;
    }

    @Override
    public void showError(String header, String details) {
        errors.add(header + "\n" + details);
    }

    @Override
    public boolean offerSaveAs(String header, String details) {
        errors.add(header + "\n" + details);
        Boolean answer = saveAsAfterFailure.poll();
        return answer != null && answer;
    }

    @Override
    public Optional<Path> chooseTimelineImport(Path initialFolder) {
        asked.add("import");
        return Optional.ofNullable(openAnswers.poll());
    }

    @Override
    public Optional<List<ImportedRow>> confirmImport(String title, List<ImportedRow> rows, ZoneId zone) {
        previews.add(rows);
        return Optional.ofNullable(importAnswer.apply(rows));
    }

    public final Deque<Path> exportAnswers = new ArrayDeque<>();
    public final List<String> exportsDone = new ArrayList<>();
    public boolean openExport;

    @Override
    public Optional<Path> chooseExportTarget(Path initialFolder, String suggestedName, String kind) {
        asked.add("export " + kind + ":" + suggestedName);
        return Optional.ofNullable(exportAnswers.poll());
    }

    @Override
    public boolean offerToOpen(String header, String details, boolean warning) {
        exportsDone.add(header + "\n" + details);
        return openExport;
    }

    public final Deque<ConflictChoice> conflicts = new ArrayDeque<>();
    public final Deque<RecoveryChoice> recoveries = new ArrayDeque<>();
    public final List<String> recoveryOffers = new ArrayList<>();

    @Override
    public ConflictChoice askConflict(Path file) {
        asked.add("conflict:" + file.getFileName());
        ConflictChoice answer = conflicts.poll();
        return answer == null ? ConflictChoice.CANCEL : answer;
    }

    @Override
    public RecoveryChoice askRecovery(String title, Path file, java.time.Instant lastChange, String problem,
                                      boolean fileChanged) {
        recoveryOffers.add(title + " | " + file + " | " + (problem == null ? "readable" : problem)
                + (fileChanged ? " | file changed" : ""));
        RecoveryChoice answer = recoveries.poll();
        return answer == null ? RecoveryChoice.LATER : answer;
    }

    public final Deque<List<Path>> pictureAnswers = new ArrayDeque<>();
    public final Deque<Boolean> shrinkAnswers = new ArrayDeque<>();

    @Override
    public Optional<List<Path>> choosePictures(Path initialFolder) {
        asked.add("pictures");
        return Optional.ofNullable(pictureAnswers.poll());
    }

    @Override
    public boolean confirmShrink(String header, String details) {
        asked.add("shrink:" + header + "\n" + details);
        Boolean answer = shrinkAnswers.poll();
        return answer != null && answer;
    }

    @Override
    public Optional<Template> chooseTemplate() {
        asked.add("template");
        return Optional.ofNullable(templates.poll());
    }

    public final Deque<Path> folderAnswers = new ArrayDeque<>();
    public final List<List<dev.hindsight.library.Quarter>> quartersOffered = new ArrayList<>();
    /** The quarter to answer, or null for the first (latest) offered. */
    public dev.hindsight.library.Quarter quarterAnswer;

    @Override
    public Optional<Path> chooseFolder(Path initialFolder) {
        asked.add("folder");
        return Optional.ofNullable(folderAnswers.poll());
    }

    @Override
    public Optional<dev.hindsight.library.Quarter> chooseQuarter(List<dev.hindsight.library.Quarter> quarters) {
        quartersOffered.add(quarters);
        return quarters.isEmpty() ? Optional.empty() : Optional.of(quarterAnswer == null ? quarters.get(0) : quarterAnswer);
    }

    public final List<dev.hindsight.input.importing.ImportResult> importPreviews = new ArrayList<>();
    /** The text "pasted" into the import dialog when it is opened for pasting; null cancels it. */
    public String pastedForImport;
    public boolean acceptImport = true;

    @Override
    public Optional<Path> chooseDocumentToImport(Path initialFolder) {
        asked.add("import-document");
        return Optional.ofNullable(openAnswers.poll());
    }

    @Override
    public Optional<dev.hindsight.input.importing.ImportResult> previewImport(String title,
            dev.hindsight.input.importing.ImportResult result, ImportSource reimport) {
        asked.add("import-preview:" + title);
        dev.hindsight.input.importing.ImportResult shown = result;
        if (reimport != null) {
            if (pastedForImport == null) {
                return Optional.empty();
            }
            try {
                shown = reimport.read(pastedForImport);
            } catch (dev.hindsight.input.importing.ImportRefusedException e) {
                errors.add(e.getMessage());
                return Optional.empty();
            }
        }
        importPreviews.add(shown);
        return acceptImport ? Optional.ofNullable(shown) : Optional.empty();
    }

    public final Deque<Path> compareAnswers = new ArrayDeque<>();
    /** Answers to {@link #askText}, in order; empty: cancelled. Each question is added to {@link #asked}. */
    public final Deque<String> textAnswers = new ArrayDeque<>();

    @Override
    public Optional<Path> chooseReportToCompare(Path initialFolder) {
        asked.add("compare");
        return Optional.ofNullable(compareAnswers.poll());
    }

    @Override
    public Optional<String> askText(String title, String header, String initial, boolean multiline) {
        asked.add("text:" + title);
        return Optional.ofNullable(textAnswers.poll());
    }
}
