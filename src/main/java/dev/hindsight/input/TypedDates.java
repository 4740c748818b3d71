package dev.hindsight.input;

import dev.hindsight.model.Rfc3339;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Dates as people type them in a date field ({@code 2024-06-30}), read as strictly as the file
 * reads them: a day that is not on the calendar, or a year outside 0000 to 9999, is refused
 * with the reason instead of being moved or saved into a file no reader accepts.
 */
public final class TypedDates {
    private TypedDates() {
    }

    /** A typed date; an empty text reads as null ("no date"). */
    public static ParseResult<LocalDate> parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return ParseResult.ok(null);
        }
        Rfc3339.Reading<LocalDate> read = Rfc3339.date(text);
        if (read.isOk()) {
            return ParseResult.ok(read.value());
        }
        return ParseResult.error("\u201c" + text + "\u201d is " + (read.problem() == null
                ? "not a date: type it as 2024-06-30" : read.problem()));
    }

    /** Why a time typed or moved to {@code instant} cannot be kept, or empty when it can. */
    public static Optional<String> outsideYears(Instant instant) {
        return instant == null || Rfc3339.isSupported(instant) ? Optional.empty()
                : Optional.of("this time is outside " + Rfc3339.YEARS + " (in UTC) that a report can hold");
    }
}
