package dev.hindsight.ui.writing;

import dev.hindsight.check.CheckConfig;
import dev.hindsight.check.rules.CheckSession;
import dev.hindsight.check.spelling.PersonalDictionary;
import dev.hindsight.ui.review.ReportChecks;
import dev.hindsight.ui.window.DocumentViewModel;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyLongProperty;

/**
 * The findings of one window's report in its prose fields as it is typed: the window's
 * {@link ReportChecks} (the one check it shares with the Review panel, off the JavaFX thread) hands
 * each check's findings to the window's {@link ProseMarks}, and the spelling menu's choices (add a
 * word to a list, ignore it) go back to it.
 */
public final class WritingChecks {
    /** One personal dictionary per file, shared by the windows, so a word added in one is known in all. */
    private static final Map<Path, PersonalDictionary> PERSONAL = new ConcurrentHashMap<>();

    private final ReportChecks checks;

    public WritingChecks(ReportChecks checks, DocumentViewModel doc, ProseMarks marks) {
        this.checks = checks;
        marks.menu(new SpellingMenu(this, doc)::items);
        marks.drafts(new DraftChecks(this, doc));
        checks.addConsumer(marks::showFindings);
    }

    /** The personal dictionary ({@code words.txt}) kept in {@code settingsFolder}, one per file for every window. */
    public static PersonalDictionary personal(Path settingsFolder) {
        Path dictionary = settingsFolder.resolve(PersonalDictionary.FILE_NAME).toAbsolutePath().normalize();
        return PERSONAL.computeIfAbsent(dictionary, PersonalDictionary::open);
    }

    /** How many checks have reached the fields (tests wait on it). */
    public ReadOnlyLongProperty completedChecks() {
        return checks.completedChecks();
    }

    /** Checks the report as it is now, off the JavaFX thread. */
    public void checkNow() {
        checks.checkNow();
    }

    /** Runs {@code work} on the checks' thread, after the checks asked before it. */
    void offThread(Runnable work) {
        checks.offThread(work);
    }

    /** The open session, if a check has opened one. */
    Optional<CheckSession> session() {
        return checks.session();
    }

    PersonalDictionary personal() {
        return checks.personal();
    }

    /** Runs {@code work} on the checks' thread, then checks again; {@code failed} gets what went wrong. */
    void change(ReportChecks.Work work, BiConsumer<String, String> failed) {
        checks.change(work, failed);
    }

    /** The team's word list for the report's file: {@code .hindsight/words.txt} found above it, or beside it. */
    static Optional<Path> teamWordsFile(Path reportFile) {
        if (reportFile == null) {
            return Optional.empty();
        }
        Path folder = CheckConfig.forReport(reportFile).folder()
                .orElse(reportFile.toAbsolutePath().normalize().getParent().resolve(CheckConfig.FOLDER));
        return Optional.of(folder.resolve(CheckConfig.WORDS));
    }
}
