package dev.hindsight.ui.writing;

import dev.hindsight.check.CheckConfig;
import dev.hindsight.check.Finding;
import dev.hindsight.check.rules.CheckSession;
import dev.hindsight.check.rules.CheckSetup;
import dev.hindsight.check.spelling.PersonalDictionary;
import dev.hindsight.check.spelling.WordList;
import dev.hindsight.model.Report;
import dev.hindsight.ui.window.DocumentViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.util.Duration;

/**
 * Checks one window's report as it is typed: a pause of {@link #QUIET} after the last change, the
 * report is checked off the JavaFX thread by a {@link CheckSession} (which re-reads only the fields
 * that changed) and the findings go to the window's {@link ProseMarks}. A check started before a
 * newer one is dropped. The session is opened again when the report's language or file changes
 * (the team words are found beside the file) or the team's words change.
 */
public final class WritingChecks {
    static final Duration QUIET = Duration.millis(200);
    private static final Logger LOG = Logger.getLogger(WritingChecks.class.getName());
    /** One personal dictionary per file, shared by the windows, so a word added in one is known in all. */
    private static final Map<Path, PersonalDictionary> PERSONAL = new ConcurrentHashMap<>();
    /** The first check waits for the window's first frame (issue 18: start-up). */
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(
            dev.hindsight.ui.support.FirstFrame.threads("hindsight-checks"));

    private final DocumentViewModel doc;
    private final ProseMarks marks;
    private final PersonalDictionary personal;
    private final PauseTransition quiet = new PauseTransition(QUIET);
    private final ReadOnlyLongWrapper checks = new ReadOnlyLongWrapper(this, "checks");
    private long generation;
    private volatile CheckSession session;
    private volatile String sessionKey = "";
    private volatile String problem = "";

    /** @param settingsFolder where the personal dictionary ({@code words.txt}) is kept */
    public WritingChecks(DocumentViewModel doc, ProseMarks marks, Path settingsFolder) {
        this.doc = doc;
        this.marks = marks;
        Path dictionary = settingsFolder.resolve(PersonalDictionary.FILE_NAME).toAbsolutePath().normalize();
        this.personal = PERSONAL.computeIfAbsent(dictionary, PersonalDictionary::open);
        quiet.setOnFinished(e -> checkNow());
        doc.report().addListener((o, before, after) -> quiet.playFromStart());
        doc.file().addListener((o, before, after) -> quiet.playFromStart());
        marks.menu(new SpellingMenu(this, doc)::items);
        checkNow();
    }

    /** How many checks have reached the fields (tests wait on it). */
    public ReadOnlyLongProperty completedChecks() {
        return checks.getReadOnlyProperty();
    }

    /** Checks the report as it is now, off the JavaFX thread. */
    public void checkNow() {
        quiet.stop();
        Report report = doc.current();
        Path file = doc.file().get();
        long mine = ++generation;
        WORKER.execute(() -> {
            List<Finding> found;
            try {
                found = session(report.language(), file).check(report);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "checking the report failed", e);
                found = List.of();
            }
            List<Finding> result = found;
            Platform.runLater(() -> {
                if (mine == generation) {
                    marks.showFindings(report, result);
                    checks.set(checks.get() + 1);
                }
            });
        });
    }

    /** The open session, if a check has opened one. */
    Optional<CheckSession> session() {
        return Optional.ofNullable(session);
    }

    PersonalDictionary personal() {
        return personal;
    }

    /** Why the team's words could not be read, if they could not ("" otherwise). */
    String problem() {
        return problem;
    }

    /** Runs {@code work} on the checks' thread, then checks again; {@code failed} gets what went wrong. */
    void change(Work work, BiConsumer<String, String> failed) {
        WORKER.execute(() -> {
            try {
                work.run();
                sessionKey = "";
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(Level.WARNING, "changing the word lists failed", e);
                Platform.runLater(() -> failed.accept("The word was not added", e.getMessage()));
            }
            Platform.runLater(this::checkNow);
        });
    }

    interface Work {
        void run() throws IOException;
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

    private CheckSession session(String language, Path file) {
        String key = language + "\u0000" + file;
        CheckSession s = session;
        if (s != null && key.equals(sessionKey)) {
            return s;
        }
        Optional<Path> reportFile = Optional.ofNullable(file);
        WordList team;
        try {
            team = CheckSetup.teamWordsFor(reportFile);
            problem = "";
        } catch (IOException e) {
            LOG.log(Level.WARNING, "the team's word list could not be read", e);
            team = WordList.EMPTY;
            problem = Objects.toString(e.getMessage(), "the team's word list could not be read");
        }
        s = CheckSession.open(CheckSetup.editor(language, team, personal,
                reportFile.map(CheckConfig::forReport).orElse(CheckConfig.none())));
        session = s;
        sessionKey = key;
        return s;
    }
}
