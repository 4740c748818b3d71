package dev.hindsight.edit;

import dev.hindsight.model.Report;

/**
 * One user edit of a report. Commands compute the edited report from the current one; undo
 * restores the report as it was before, so a command never needs its own inverse.
 */
public interface Command {
    /** The report after this edit; may return {@code report} itself when nothing changes. */
    Report apply(Report report);

    /** What the edit is, for the Edit menu: "Undo Typing in Title". */
    String description();

    /**
     * Consecutive commands with the same non-null key (typing in one field) merge into one
     * undo step while the user keeps typing.
     */
    default String mergeKey() {
        return null;
    }
}
