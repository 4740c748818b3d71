package dev.hindsight.ui.review;

import dev.hindsight.check.CheckConfig;
import dev.hindsight.check.Finding;
import dev.hindsight.check.rules.CheckSession;
import dev.hindsight.check.rules.CheckSettings;
import dev.hindsight.check.rules.CheckSettingsException;
import dev.hindsight.check.rules.CheckSetup;
import dev.hindsight.check.spelling.PersonalDictionary;
import dev.hindsight.check.spelling.WordList;
import dev.hindsight.edit.ReviewEdits;
import dev.hindsight.model.Dismissal;
import dev.hindsight.model.Report;
import dev.hindsight.ui.window.DocumentViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The review of one window's report: the findings of the rules the team's {@code check.json} turns
 * on, kept up to date as the report changes. A change is checked once the report has been quiet for
 * {@link #QUIET_MS} ms, on {@code worker} (never the JavaFX thread); results come back through
 * {@code fx} and are dropped when the report changed again meanwhile. Dismissing a finding and ticking
 * a question of the review checklist are edits on the report's undo stack.
 */
public final class ReviewViewModel {
    private static final Logger LOG = Logger.getLogger(ReviewViewModel.class.getName());
    /** How long the report must stay unchanged before it is checked (typing checks once per pause). */
    public static final long QUIET_MS = 250;

    /** What a session is made of: the team's folder, the language, and when its two files last changed. */
    private record SessionKey(Optional<Path> folder, String language, long settingsChanged, long wordsChanged) {
    }

    private final DocumentViewModel doc;
    private final ScheduledExecutorService worker;
    private final Executor fx;
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    /** One read-only view, kept: a listener on a view made per call would go when the view is collected. */
    private final ObservableList<Finding> shown = FXCollections.unmodifiableObservableList(findings);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper();
    /** The report {@link #findings} are of (JavaFX thread). */
    private Report checked;
    private volatile long asked;
    private ScheduledFuture<?> pending;
    // Guarded by this: the session of the last report checked, and what it was made for.
    private SessionKey key;
    private CheckSession session;
    private String sessionProblem = "";

    public ReviewViewModel(DocumentViewModel doc, ScheduledExecutorService worker, Executor fx) {
        this.doc = doc;
        this.worker = worker;
        this.fx = fx;
        doc.report().addListener((o, before, after) -> changed());
        doc.file().addListener((o, before, after) -> changed());
        changed();
    }

    /** The findings of the report as last checked, not dismissed, rule by rule in reading order. */
    public ObservableList<Finding> findings() {
        return shown;
    }

    /** Why the team's settings could not be used (they are left at their defaults then), or empty. */
    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    /** Whether a check of a newer report is waiting or running. */
    public ReadOnlyBooleanProperty checking() {
        return checking.getReadOnlyProperty();
    }

    /** Re-checks after a quiet spell; called on each change of the report (JavaFX thread). */
    private void changed() {
        long generation = ++asked;
        Report report = doc.current();
        Path file = doc.file().get();
        checking.set(true);
        if (pending != null) {
            pending.cancel(false);
        }
        pending = worker.schedule(() -> run(generation, report, file), QUIET_MS, TimeUnit.MILLISECONDS);
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
            LOG.log(Level.WARNING, "the review of the report failed", e);
            found = List.of();
            trouble = "The review could not run: " + e;
        }
        List<Finding> result = found;
        String message = trouble;
        fx.execute(() -> {
            if (generation == asked) {
                checked = report;
                if (!findings.equals(result)) {
                    findings.setAll(result);
                }
                problem.set(message);
                checking.set(false);
            }
        });
    }

    /**
     * The findings left in the report as it is now: those already found when they are of this very
     * report, or else a check made now (on the calling thread; fast once a session is open).
     */
    public List<Finding> findingsNow() {
        Report now = doc.current();
        if (now == checked) {
            return List.copyOf(findings);
        }
        return check(now, doc.file().get());
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
                changed(config.wordsFile()));
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
        CheckSetup setup = CheckSetup.editor(language, team, PersonalDictionary.none(), config).withSettings(settings);
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

    /** Dismisses {@code finding} for this report (kept in the report's dismissed findings; undoable). */
    public void dismiss(Finding finding) {
        if (doc.execute(ReviewEdits.dismiss(new Dismissal(finding.rule(), finding.path(), finding.text())))) {
            findings.remove(finding);
        }
    }

    /** Whether the review question {@code code} is ticked in the report. */
    public boolean isTicked(String code) {
        return doc.current().review().isTicked(code);
    }

    /** Ticks or unticks the review question {@code code} (undoable). */
    public void tick(String code, boolean ticked) {
        if (ticked != isTicked(code)) {
            doc.execute(ReviewEdits.tick(code, ticked));
        }
    }

    public DocumentViewModel document() {
        return doc;
    }
}
