package dev.hindsight.ui.review;

import dev.hindsight.check.CheckConfig;
import dev.hindsight.check.Finding;
import dev.hindsight.check.rules.CheckSession;
import dev.hindsight.check.rules.CheckSettings;
import dev.hindsight.check.rules.CheckSettingsException;
import dev.hindsight.check.rules.CheckSetup;
import dev.hindsight.check.spelling.PersonalDictionary;
import dev.hindsight.check.spelling.WordList;
import dev.hindsight.model.Report;
import dev.hindsight.ui.window.DocumentViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one check of a window's report as it is edited, shared by everything that shows findings (the
 * underlines of the prose fields, the Review panel): once the report has been quiet for
 * {@link #QUIET_MS} ms it is checked on {@code worker}, never the JavaFX thread, by one
 * {@link CheckSession} (which re-reads only the fields that changed); the findings are handed to
 * every consumer through {@code fx}, and dropped when the report changed again meanwhile.
 *
 * <p>The session is made of the team's settings and words ({@code .hindsight/check.json} and
 * {@code words.txt} found above the report's file), the report's language and the person's own
 * dictionary, and is opened again when one of them changes (a team file is looked at, a stat, before
 * each check). Decision 0032 says why one session serves the underlines and the panel.
 */
public final class ReportChecks {
    private static final Logger LOG = Logger.getLogger(ReportChecks.class.getName());
    /** How long the report must stay unchanged before it is checked (typing checks once per pause). */
    public static final long QUIET_MS = 200;

    /** What a session is made of: the team's folder, the language, when its two files last changed, a reset count. */
    private record SessionKey(Optional<Path> folder, String language, long settingsChanged, long wordsChanged,
                              long resets) {
    }

    /** Told on the JavaFX thread of each finished check: the report checked and its findings (dismissed ones left out). */
    public interface Consumer {
        void checked(Report report, List<Finding> findings);
    }

    /** Work on the checks' thread that changes what the session reads (a word added to a list). */
    public interface Work {
        void run() throws IOException;
    }

    private final DocumentViewModel doc;
    private final PersonalDictionary personal;
    private final ScheduledExecutorService worker;
    private final Executor fx;
    private final List<Consumer> consumers = new ArrayList<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper();
    private final ReadOnlyLongWrapper completed = new ReadOnlyLongWrapper();
    /** The report the consumers were last given the findings of (JavaFX thread). */
    private Report checked;
    private List<Finding> findings = List.of();
    private volatile long asked;
    private ScheduledFuture<?> pending;
    // Guarded by this: the session, what it was made for, and why the team's files were not used.
    private SessionKey key;
    private CheckSession session;
    private String sessionProblem = "";
    private long resets;

    /**
     * Checks {@code doc}'s report after each change; {@code personal} is the person's own dictionary
     * ({@link PersonalDictionary#none()} for none), {@code fx} runs on the JavaFX thread.
     */
    public ReportChecks(DocumentViewModel doc, PersonalDictionary personal, ScheduledExecutorService worker,
                        Executor fx) {
        this.doc = doc;
        this.personal = personal;
        this.worker = worker;
        this.fx = fx;
        doc.report().addListener((o, before, after) -> changed(QUIET_MS));
        doc.file().addListener((o, before, after) -> changed(QUIET_MS));
        changed(0);
    }

    /** Gives {@code consumer} the findings of every check from now on, and those of the last one now if there was one. */
    public void addConsumer(Consumer consumer) {
        consumers.add(consumer);
        if (checked != null) {
            consumer.checked(checked, findings);
        }
    }

    /** Why the team's settings or words could not be used (the defaults serve then), or empty. */
    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    /** Whether a check of a newer report is waiting or running. */
    public ReadOnlyBooleanProperty checking() {
        return checking.getReadOnlyProperty();
    }

    /** How many checks have reached the consumers (tests and the benchmark wait on it). */
    public ReadOnlyLongProperty completedChecks() {
        return completed.getReadOnlyProperty();
    }

    /** Whether the consumers have the findings of the report as it is now. */
    public boolean isUpToDate() {
        return checked == doc.current() && !checking.get();
    }

    /** The person's own dictionary the checks accept words from. */
    public PersonalDictionary personal() {
        return personal;
    }

    /** The session of the last check, if one ran (for suggestions and "is this word known"). */
    public synchronized Optional<CheckSession> session() {
        return Optional.ofNullable(session);
    }

    /** Checks the report as it is now, without waiting for a quiet spell (JavaFX thread). */
    public void checkNow() {
        changed(0);
    }

    /** Re-checks after {@code delay} ms; called on each change of the report (JavaFX thread). */
    private void changed(long delay) {
        long generation = ++asked;
        Report report = doc.current();
        Path file = doc.file().get();
        checking.set(true);
        if (pending != null) {
            pending.cancel(false);
        }
        pending = worker.schedule(() -> run(generation, report, file), delay, TimeUnit.MILLISECONDS);
    }

    private void run(long generation, Report report, Path file) {
        if (generation != asked) {
            return;
        }
        List<Finding> found;
        String trouble;
        try {
            found = check(report, file);
            trouble = currentProblem();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "checking the report failed", e);
            found = List.of();
            trouble = "The review could not run: " + e;
        }
        List<Finding> result = List.copyOf(found);
        String message = trouble;
        fx.execute(() -> {
            if (generation == asked) {
                checked = report;
                findings = result;
                problem.set(message);
                checking.set(false);
                for (Consumer c : List.copyOf(consumers)) {
                    c.checked(report, result);
                }
                completed.set(completed.get() + 1);
            }
        });
    }

    /**
     * The findings left in the report as it is now: those of the last check when it is of this very
     * report, or else a check made now (on the calling thread; fast once a session is open).
     */
    public List<Finding> findingsNow() {
        Report now = doc.current();
        if (now == checked) {
            return findings;
        }
        return check(now, doc.file().get());
    }

    /** Runs {@code work} on the checks' thread, then checks again with a new session; {@code failed} gets what went wrong. */
    /** Runs {@code work} on the checks' thread, after the checks asked before it (a cell editor's draft). */
    public void offThread(Runnable work) {
        worker.execute(work);
    }

    public void change(Work work, BiConsumer<String, String> failed) {
        worker.execute(() -> {
            try {
                work.run();
                synchronized (this) {
                    resets++;
                }
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(Level.WARNING, "changing the word lists failed", e);
                fx.execute(() -> failed.accept("The word was not added", e.getMessage()));
            }
            fx.execute(this::checkNow);
        });
    }

    private List<Finding> check(Report report, Path file) {
        return session(file, report.language()).check(report);
    }

    private synchronized String currentProblem() {
        return sessionProblem;
    }

    /** The session for a report at {@code file} in {@code language}: the team's settings and words, read once. */
    private synchronized CheckSession session(Path file, String language) {
        CheckConfig config = file == null ? CheckConfig.none() : CheckConfig.forReport(file);
        SessionKey wanted = new SessionKey(config.folder(), language, changed(config.settingsFile()),
                changed(config.wordsFile()), resets);
        if (session != null && Objects.equals(wanted, key)) {
            return session;
        }
        String trouble = "";
        CheckSettings settings;
        try {
            settings = CheckSettings.of(config);
        } catch (CheckSettingsException e) {
            LOG.log(Level.INFO, "the team's review settings cannot be used: {0}", e.getMessage());
            trouble = "The team's settings are not used: " + e.getMessage();
            settings = CheckSettings.DEFAULT;
        }
        WordList team;
        try {
            team = CheckSetup.teamWords(config, List.of());
        } catch (IOException e) {
            LOG.log(Level.INFO, "the team's word list cannot be read", e);
            trouble = trouble.isEmpty() ? "The team's word list cannot be read: " + e.getMessage() : trouble;
            team = WordList.EMPTY;
        }
        CheckSetup setup = CheckSetup.editor(language, team, personal, config).withSettings(settings);
        session = CheckSession.open(setup);
        key = wanted;
        sessionProblem = trouble;
        return session;
    }

    /** When a team file last changed (a stat, so an edited check.json is read again), or 0 when there is none. */
    private static long changed(Optional<Path> file) {
        try {
            return file.isPresent() && Files.exists(file.get()) ? Files.getLastModifiedTime(file.get()).toMillis()
                    + Files.size(file.get()) : 0;
        } catch (IOException e) {
            return -1;
        }
    }
}
