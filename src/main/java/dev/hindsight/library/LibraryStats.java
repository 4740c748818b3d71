package dev.hindsight.library;

import dev.hindsight.model.ReportStatus;
import dev.hindsight.model.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The figures of a set of reports, as {@code hindsight stats} prints them: how many, by severity
 * and status (only values that occur), time to detect and to resolve as median and 90th
 * percentile, and the open and overdue action items. A negative time (a detection or end before
 * the start, which the editor marks as an error) is left out of the percentiles.
 */
public record LibraryStats(int reports, Map<String, Integer> bySeverity, Map<String, Integer> byStatus,
                           Spread timeToDetect, Spread timeToResolve, int openActions, int overdueActions) {

    public static LibraryStats of(List<ReportDigest> reports, LocalDate today) {
        Map<String, Integer> severity = new HashMap<>();
        Map<String, Integer> status = new HashMap<>();
        int open = 0;
        int overdue = 0;
        for (ReportDigest r : reports) {
            severity.merge(Codes.key(r.severity()), 1, Integer::sum);
            status.merge(Codes.key(r.status()), 1, Integer::sum);
            for (ActionDigest a : r.actions()) {
                open += a.isOpen() ? 1 : 0;
                overdue += a.isOverdue(today) ? 1 : 0;
            }
        }
        return new LibraryStats(reports.size(), Codes.ordered(severity, Severity.KNOWN),
                Codes.ordered(status, ReportStatus.KNOWN), spread(reports, ReportDigest::detectSeconds),
                spread(reports, ReportDigest::resolveSeconds), open, overdue);
    }

    /** The spread of one duration over the reports that have it, negative ones left out. */
    static Spread spread(List<ReportDigest> reports, Function<ReportDigest, Long> seconds) {
        List<Long> values = new ArrayList<>();
        for (ReportDigest r : reports) {
            Long s = seconds.apply(r);
            if (s != null && s >= 0) {
                values.add(s);
            }
        }
        return Spread.of(values);
    }
}
