package dev.hindsight.library;

import java.util.Set;
import java.util.function.Predicate;

/**
 * The table's filters: severities and statuses (codes as written, {@code none} for a report
 * without severity; empty means any), a date range, one tag and one service (exact, empty
 * means any). Full-text search is applied apart, by the index.
 */
public record LibraryFilter(Set<String> severities, Set<String> statuses, DateRange dates, String tag,
                            String service) implements Predicate<ReportDigest> {
    public static final LibraryFilter NONE = new LibraryFilter(Set.of(), Set.of(), DateRange.ALL, "", "");

    public LibraryFilter {
        severities = Set.copyOf(severities);
        statuses = Set.copyOf(statuses);
        tag = tag == null ? "" : tag;
        service = service == null ? "" : service;
    }

    @Override
    public boolean test(ReportDigest r) {
        return (severities.isEmpty() || severities.contains(Codes.key(r.severity())))
                && (statuses.isEmpty() || statuses.contains(Codes.key(r.status())))
                && dates.contains(r.date())
                && (tag.isEmpty() || r.tags().contains(tag))
                && (service.isEmpty() || r.services().contains(service));
    }
}
