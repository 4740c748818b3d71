package dev.hindsight.check.completeness;

import dev.hindsight.check.Checker;
import dev.hindsight.check.Finding;
import dev.hindsight.check.FindingSeverity;
import dev.hindsight.model.ActionItem;
import dev.hindsight.model.ActionStatus;
import dev.hindsight.model.Report;
import dev.hindsight.model.Summary;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code completeness} rule: what a report still lacks before review, one finding per missing
 * thing at its own path ({@code summary.startedAt}, {@code measures.actionItems[2].owner}), with a
 * message saying what to add. The timeline's checks are {@link TimelineCompleteness}'s, the open
 * questions of a final report {@link OpenQuestions}'. Thread-safe (it keeps nothing).
 */
public final class CompletenessChecker implements Checker {
    public static final String RULE = "completeness";
    static final FindingSeverity SEVERITY = FindingSeverity.WARNING;
    private static final int TITLE_SHOWN = 40;

    private final Set<CompletenessCheck> on;
    private final TimelineCompleteness timeline;

    /** Every check but those in {@code skip}; {@code requiredKinds} are the event kinds a timeline must have. */
    public CompletenessChecker(Set<CompletenessCheck> skip, List<String> requiredKinds) {
        EnumSet<CompletenessCheck> checks = EnumSet.allOf(CompletenessCheck.class);
        checks.removeAll(skip);
        this.on = checks;
        this.timeline = new TimelineCompleteness(checks, requiredKinds);
    }

    /** Every check, and a timeline that must hold a detection event. */
    public static CompletenessChecker standard() {
        return new CompletenessChecker(Set.of(), TimelineCompleteness.DEFAULT_KINDS);
    }

    @Override
    public String rule() {
        return RULE;
    }

    @Override
    public List<Finding> check(Report report) {
        List<Finding> out = new ArrayList<>();
        if (on(CompletenessCheck.TITLE) && report.title().isBlank()) {
            out.add(missing("title", "No title: name the incident in a few words"));
        }
        if (on(CompletenessCheck.SEVERITY) && report.severity() == null) {
            out.add(missing("severity", "No severity: choose how bad the incident was (SEV1 is the worst)"));
        }
        summary(report.summary(), out);
        timeline.check(report, out);
        if (on(CompletenessCheck.ROOT_CAUSE) && report.rootCause().isBlank()) {
            out.add(missing("rootCause", "No root cause: explain what happened and what in the system allowed it"));
        }
        if (on(CompletenessCheck.RESOLUTION) && report.resolution().isBlank()) {
            out.add(missing("resolution", "No resolution: say how the service was restored"));
        }
        measures(report, out);
        if (on(CompletenessCheck.OPEN_QUESTIONS) && report.isFinal()) {
            out.addAll(OpenQuestions.in(report));
        }
        return out;
    }

    private void summary(Summary s, List<Finding> out) {
        if (on(CompletenessCheck.OUTAGE_WINDOW)) {
            if (s.startedAt() == null) {
                out.add(missing("summary.startedAt", "No start of the outage: give when the impact began"));
            }
            if (s.endedAt() == null) {
                out.add(missing("summary.endedAt", "No end of the outage: give when the impact ended"));
            } else if (s.windowIsReversed()) {
                out.add(missing("summary.endedAt", "The outage ends before it starts: correct its start or its end"));
            }
        }
        if (on(CompletenessCheck.IMPACT) && s.impact().isBlank()) {
            out.add(missing("summary.impact", "No impact: say who and what was affected, and how"));
        }
        if (on(CompletenessCheck.USERS_AFFECTED) && s.usersAffectedPercent() == null) {
            out.add(missing("summary.usersAffectedPercent",
                    "No share of users affected: give a percentage (0 when no user noticed)"));
        }
        if (on(CompletenessCheck.ROOT_CAUSE) && s.rootCause().isBlank()) {
            out.add(missing("summary.rootCause",
                    "No root cause in one sentence: sum up what happened and what allowed it"));
        }
    }

    private void measures(Report report, List<Finding> out) {
        List<ActionItem> items = report.measures().actionItems();
        if (on(CompletenessCheck.MEASURES) && items.isEmpty() && report.measures().improvements().isBlank()) {
            out.add(missing("measures.improvements",
                    "No corrective and preventative measures: say what will change so that this does not happen again"));
        }
        if (on(CompletenessCheck.ACTION_ITEMS) && items.isEmpty()) {
            out.add(missing("measures.actionItems",
                    "No action item: add at least one task with an owner, a due date and a priority"));
        }
        for (int i = 0; i < items.size(); i++) {
            ActionItem item = items.get(i);
            String at = "measures.actionItems[" + i + "].";
            boolean wontDo = ActionStatus.WONT_DO.equals(item.status());
            if (on(CompletenessCheck.ACTION_OWNER) && item.owner().isBlank()) {
                out.add(missing(at + "owner", name(i, item) + " has no owner: name the person or team who will do it"));
            }
            if (on(CompletenessCheck.ACTION_DUE) && item.due() == null && !wontDo
                    && !ActionStatus.DONE.equals(item.status())) {
                out.add(missing(at + "due", name(i, item) + " has no due date: agree on when it will be done"));
            }
            if (on(CompletenessCheck.ACTION_PRIORITY) && item.priority() == null && !wontDo) {
                out.add(missing(at + "priority", name(i, item) + " has no priority: choose one (P0 is the most urgent)"));
            }
        }
    }

    /** "Action item 2 (“Update access controls”)", shortened for a message. */
    private static String name(int i, ActionItem item) {
        String title = item.title().strip().replaceAll("\\s+", " ");
        if (title.length() > TITLE_SHOWN) {
            String cut = title.substring(0, TITLE_SHOWN - 1);
            int space = cut.lastIndexOf(' ');
            title = (space > TITLE_SHOWN / 2 ? cut.substring(0, space) : cut).strip() + "\u2026";
        }
        return "Action item " + (i + 1) + (title.isEmpty() ? "" : " (\u201c" + title + "\u201d)");
    }

    private boolean on(CompletenessCheck check) {
        return on.contains(check);
    }

    static Finding missing(String path, String message) {
        return Finding.at(RULE, SEVERITY, path, message);
    }
}
