package dev.hindsight.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A time as a person typed it: an exact instant ({@code 2024-06-10T11:05:00Z}), a local date
 * and time ({@code 2024-06-10 11:05}), or a local time alone ({@code 11:05 AM}) whose date
 * comes from the row above. Exactly one of {@code instant} and {@code time} is set.
 */
public record TypedTime(Instant instant, LocalDate date, LocalTime time) {
    public static TypedTime exact(Instant instant) {
        return new TypedTime(instant, null, null);
    }

    public static TypedTime local(LocalDate date, LocalTime time) {
        return new TypedTime(null, date, time);
    }

    public boolean isExact() {
        return instant != null;
    }

    public boolean hasDate() {
        return date != null;
    }
}
