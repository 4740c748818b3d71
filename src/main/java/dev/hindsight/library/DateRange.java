package dev.hindsight.library;

import java.time.LocalDate;

/**
 * The days a view covers, both ends included, either end open (null). A report without a date
 * is inside only the range open at both ends.
 */
public record DateRange(LocalDate since, LocalDate until) {
    public static final DateRange ALL = new DateRange(null, null);

    public DateRange {
        if (since != null && until != null && until.isBefore(since)) {
            throw new IllegalArgumentException("the range ends (" + until + ") before it starts (" + since + ")");
        }
    }

    public boolean isAll() {
        return since == null && until == null;
    }

    public boolean contains(LocalDate date) {
        if (date == null) {
            return isAll();
        }
        return (since == null || !date.isBefore(since)) && (until == null || !date.isAfter(until));
    }
}
