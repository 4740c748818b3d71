package dev.hindsight.library;

import dev.hindsight.model.ContributingFactor;
import dev.hindsight.model.Severity;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What the charts show, computed once for the window and the PDF alike: incidents per month by
 * severity, time to detect and to resolve per quarter (median and 90th percentile, never a mean),
 * and how many reports name each tag, service and contributing-factor category.
 */
public final class LibraryCharts {
    private LibraryCharts() {
    }

    /** One month's incidents by severity code ({@code none} without one), in {@link #severityKeys} order. */
    public record MonthCounts(YearMonth month, Map<String, Integer> bySeverity) {
        public int total() {
            return bySeverity.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** One quarter's times: the spread of time to detect and of time to resolve over its reports. */
    public record QuarterTimes(Quarter quarter, Spread detect, Spread resolve) {
    }

    /** A name and how many reports name it. */
    public record Count(String name, int count) {
    }

    /** The months from the first to the last report's, or empty when no report has a date. */
    public static Optional<YearMonth[]> span(Collection<ReportDigest> reports) {
        YearMonth first = null;
        YearMonth last = null;
        for (ReportDigest r : reports) {
            if (r.date() != null) {
                YearMonth m = YearMonth.from(r.date());
                first = first == null || m.isBefore(first) ? m : first;
                last = last == null || m.isAfter(last) ? m : last;
            }
        }
        return first == null ? Optional.empty() : Optional.of(new YearMonth[] {first, last});
    }

    /** Every month from {@code from} to {@code to}, empty months included, so the chart's axis is even. */
    public static List<MonthCounts> perMonth(Collection<ReportDigest> reports, YearMonth from, YearMonth to) {
        Map<YearMonth, Map<String, Integer>> counts = new HashMap<>();
        for (ReportDigest r : reports) {
            if (r.date() != null) {
                counts.computeIfAbsent(YearMonth.from(r.date()), m -> new HashMap<>())
                        .merge(Codes.key(r.severity()), 1, Integer::sum);
            }
        }
        List<MonthCounts> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            out.add(new MonthCounts(m, Codes.ordered(counts.getOrDefault(m, Map.of()), Severity.KNOWN)));
        }
        return out;
    }

    /** The severity codes that occur in {@code months}, in the order of a legend (SEV1 first, none last). */
    public static List<String> severityKeys(List<MonthCounts> months) {
        Map<String, Integer> all = new HashMap<>();
        months.forEach(m -> m.bySeverity().forEach((k, v) -> all.merge(k, v, Integer::sum)));
        return new ArrayList<>(Codes.ordered(all, Severity.KNOWN).keySet());
    }

    /** Every quarter from {@code from} to {@code to} with its reports' spreads (counts of zero included). */
    public static List<QuarterTimes> perQuarter(Collection<ReportDigest> reports, Quarter from, Quarter to) {
        Map<Quarter, List<ReportDigest>> byQuarter = new HashMap<>();
        for (ReportDigest r : reports) {
            if (r.date() != null) {
                byQuarter.computeIfAbsent(Quarter.of(r.date()), q -> new ArrayList<>()).add(r);
            }
        }
        List<QuarterTimes> out = new ArrayList<>();
        for (Quarter q = from; q.compareTo(to) <= 0; q = q.minus(-1)) {
            List<ReportDigest> in = byQuarter.getOrDefault(q, List.of());
            out.add(new QuarterTimes(q, LibraryStats.spread(in, ReportDigest::detectSeconds),
                    LibraryStats.spread(in, ReportDigest::resolveSeconds)));
        }
        return out;
    }

    public static List<Count> byTag(Collection<ReportDigest> reports, int limit) {
        return counts(reports, ReportDigest::tags, limit);
    }

    public static List<Count> byService(Collection<ReportDigest> reports, int limit) {
        return counts(reports, ReportDigest::services, limit);
    }

    public static List<Count> byFactorCategory(Collection<ReportDigest> reports, int limit) {
        return counts(reports, r -> r.factors().stream().map(ContributingFactor::category).toList(), limit);
    }

    /** How many reports name each value (a report naming one twice counts once), most named first, at most {@code limit}. */
    static List<Count> counts(Collection<ReportDigest> reports, Function<ReportDigest, List<String>> names, int limit) {
        Map<String, Integer> counts = new HashMap<>();
        for (ReportDigest r : reports) {
            Set<String> named = new HashSet<>();
            for (String name : names.apply(r)) {
                if (!name.isBlank() && named.add(name.strip())) {
                    counts.merge(name.strip(), 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .map(e -> new Count(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(Count::count).reversed().thenComparing(Count::name))
                .limit(limit)
                .toList();
    }
}
