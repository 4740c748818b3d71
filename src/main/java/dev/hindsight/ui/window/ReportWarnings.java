package dev.hindsight.ui.window;

import dev.hindsight.format.FormatWarning;
import dev.hindsight.model.Report;
import java.util.List;

/** What is wrong with a report as it is now, for the status bar's warnings: checked on every edit. */
final class ReportWarnings {
    static final String ENDS_BEFORE_START = "The incident ends before it starts (Issue Summary: Started, Ended)";

    private ReportWarnings() {
    }

    static List<FormatWarning> of(Report report) {
        return report.summary().endsBeforeStart() ? List.of(new FormatWarning("", ENDS_BEFORE_START)) : List.of();
    }
}
