package dev.hindsight.edit;

import dev.hindsight.model.ReportStatus;
import dev.hindsight.model.Severity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The commands of the Issue Summary tab that are not plain typing. */
public final class SummaryEdits {
    private SummaryEdits() {
    }

    public static Command severity(Severity severity) {
        return ReportEdit.of("Change Severity", r -> r.withSeverity(severity));
    }

    public static Command status(ReportStatus status) {
        return ReportEdit.of("Change Status", r -> r.withStatus(status));
    }

    public static Command authors(List<String> authors) {
        return new ReportEdit("Typing in Authors", "authors", r -> r.withAuthors(authors));
    }

    public static Command timeZone(String zone) {
        return ReportEdit.of("Change Time Zone", r -> r.withTimeZone(zone));
    }

    public static Command startedAt(Instant at) {
        return new ReportEdit("Change Start", "startedAt", r -> r.withSummary(r.summary().withStartedAt(at)));
    }

    public static Command endedAt(Instant at) {
        return new ReportEdit("Change End", "endedAt", r -> r.withSummary(r.summary().withEndedAt(at)));
    }

    public static Command usersAffected(BigDecimal percent) {
        return new ReportEdit("Change Users Affected", "usersAffected",
                r -> r.withSummary(r.summary().withUsersAffectedPercent(percent)));
    }
}
