package dev.hindsight.ui.review;

import dev.hindsight.check.Finding;
import dev.hindsight.check.spelling.PersonalDictionary;
import dev.hindsight.edit.ReviewEdits;
import dev.hindsight.model.Dismissal;
import dev.hindsight.ui.window.DocumentViewModel;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The review of one window's report: the findings of the rules the team's {@code check.json} turns
 * on, kept up to date as the report changes by the window's {@link ReportChecks} (the one check it
 * shares with the underlines of the prose fields: after a quiet spell, never on the JavaFX thread).
 * Dismissing a finding and ticking a question of the review checklist are edits on the report's undo
 * stack.
 */
public final class ReviewViewModel {
    private final DocumentViewModel doc;
    private final ReportChecks checks;
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    /** One read-only view, kept: a listener on a view made per call would go when the view is collected. */
    private final ObservableList<Finding> shown = FXCollections.unmodifiableObservableList(findings);

    /** A review with checks of its own, on {@code worker}, handed back through {@code fx}, without a personal dictionary. */
    public ReviewViewModel(DocumentViewModel doc, ScheduledExecutorService worker, Executor fx) {
        this(doc, new ReportChecks(doc, PersonalDictionary.none(), worker, fx));
    }

    /** A review of the findings of {@code checks}, the window's one check of {@code doc}'s report. */
    public ReviewViewModel(DocumentViewModel doc, ReportChecks checks) {
        this.doc = doc;
        this.checks = checks;
        checks.addConsumer((report, result) -> {
            if (!findings.equals(result)) {
                findings.setAll(result);
            }
        });
    }

    /** The findings of the report as last checked, not dismissed, rule by rule in reading order. */
    public ObservableList<Finding> findings() {
        return shown;
    }

    /** Why the team's settings could not be used (they are left at their defaults then), or empty. */
    public ReadOnlyStringProperty problem() {
        return checks.problem();
    }

    /** Whether a check of a newer report is waiting or running. */
    public ReadOnlyBooleanProperty checking() {
        return checks.checking();
    }

    /**
     * The findings left in the report as it is now: those already found when they are of this very
     * report, or else a check made now (on the calling thread; fast once a session is open).
     */
    public List<Finding> findingsNow() {
        return checks.findingsNow();
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
