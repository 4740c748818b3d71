package dev.hindsight.library;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

/**
 * What the "incident review" of a quarter shows, computed from the reports of a library view:
 * the quarter's figures and reports, incidents per month over the year ending with it, time to
 * detect and to resolve over the four quarters ending with it, the quarter's tags, services and
 * contributing factors, and the action items overdue on {@code today} across the view.
 */
public record QuarterReview(Quarter quarter, LocalDate today, String libraryName, LibraryStats figures,
                            List<LibraryEntry> reports, List<LibraryCharts.MonthCounts> months,
                            List<LibraryCharts.QuarterTimes> quarters, List<LibraryCharts.Count> tags,
                            List<LibraryCharts.Count> services, List<LibraryCharts.Count> factors,
                            List<ActionRow> overdue) {
    static final int TOP = 10;

    public static QuarterReview of(String libraryName, List<LibraryEntry> view, Quarter quarter, LocalDate today) {
        List<LibraryEntry> reports = view.stream().filter(LibraryEntry::isReport)
                .filter(e -> quarter.range().contains(e.digest().date()))
                .sorted(Comparator.comparing((LibraryEntry e) -> e.digest().date()).thenComparing(e -> e.found().key()))
                .toList();
        List<ReportDigest> digests = reports.stream().map(LibraryEntry::digest).toList();
        List<ReportDigest> all = view.stream().filter(LibraryEntry::isReport).map(LibraryEntry::digest).toList();
        YearMonth last = YearMonth.from(quarter.lastDay());
        return new QuarterReview(quarter, today, libraryName, LibraryStats.of(digests, today), reports,
                LibraryCharts.perMonth(all, last.minusMonths(11), last),
                LibraryCharts.perQuarter(all, quarter.minus(3), quarter), LibraryCharts.byTag(digests, TOP),
                LibraryCharts.byService(digests, TOP), LibraryCharts.byFactorCategory(digests, TOP),
                new ActionQuery(false, true, null, today).rows(view));
    }

    /** The quarters a view has reports in, latest first: what the export offers to choose from. */
    public static List<Quarter> quartersOf(List<LibraryEntry> view) {
        return view.stream().filter(LibraryEntry::isReport).map(e -> e.digest().date()).filter(d -> d != null)
                .map(Quarter::of).distinct().sorted(Comparator.reverseOrder()).toList();
    }
}
