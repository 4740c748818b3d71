package dev.hindsight.input;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Places typed times in the report's zone. A time without a date takes the date of the row
 * above (or of the incident start) and rolls to the next day when it would be more than 12
 * hours before that row (23:50, then 00:10); a smaller step back keeps the date and is
 * flagged. Daylight-saving gaps move forward to the first valid time; overlaps take the
 * earlier offset.
 */
public final class TimeResolver {
    private static final Duration ROLL_OVER = Duration.ofHours(12);

    private final ZoneId zone;

    public TimeResolver(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * @param previous the time of the row above, or the incident start, or null when there is neither
     *                 (a time without a date then takes today's date in the zone)
     */
    public ResolvedTime resolve(TypedTime typed, Instant previous) {
        if (typed.isExact()) {
            return new ResolvedTime(typed.instant(), false, isBefore(typed.instant(), previous), false);
        }
        LocalDate date = typed.date();
        boolean rolled = false;
        if (date == null) {
            date = previous == null ? LocalDate.now(zone) : previous.atZone(zone).toLocalDate();
        }
        Placed placed = place(LocalDateTime.of(date, typed.time()));
        if (typed.date() == null && previous != null
                && Duration.between(placed.instant, previous).compareTo(ROLL_OVER) > 0) {
            placed = place(LocalDateTime.of(date.plusDays(1), typed.time()));
            rolled = true;
        }
        return new ResolvedTime(placed.instant, rolled, isBefore(placed.instant, previous), placed.inGap);
    }

    /** The instant of a local date and time in the zone. */
    public ResolvedTime at(LocalDateTime local) {
        Placed placed = place(local);
        return new ResolvedTime(placed.instant, false, false, placed.inGap);
    }

    private static boolean isBefore(Instant instant, Instant previous) {
        return previous != null && instant.isBefore(previous);
    }

    private Placed place(LocalDateTime local) {
        ZoneRules rules = zone.getRules();
        if (rules.getValidOffsets(local).isEmpty()) {
            ZoneOffsetTransition gap = rules.getTransition(local);
            return new Placed(gap.getInstant(), true);
        }
        return new Placed(ZonedDateTime.ofLocal(local, zone, null).toInstant(), false);
    }

    private record Placed(Instant instant, boolean inGap) {
    }
}
