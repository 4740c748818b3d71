package dev.hindsight.export;

import dev.hindsight.model.ClockText;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as the exports write them, in one zone: {@code 2024-06-10 11:00}, {@code 10 Jun 2024 11:00–13:00 UTC}. */
final class TimeText {
    static final String NONE = "\u2014";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final ZoneId zone;

    TimeText(ZoneId zone) {
        this.zone = zone;
    }

    ZoneId zone() {
        return zone;
    }

    boolean isUtc() {
        return zone.normalized().equals(ZoneOffset.UTC);
    }

    /** {@code 2024-06-10}, or a dash for an unknown time. */
    String date(Instant at) {
        return at == null ? NONE : DATE.format(at.atZone(zone));
    }

    /** {@code 11:00}, with seconds only when they are not zero. */
    String time(Instant at) {
        if (at == null) {
            return NONE;
        }
        return ClockText.time(at.atZone(zone));
    }

    /** {@code 10 June 2024}. */
    String longDate(Instant at) {
        return LONG_DAY.format(at.atZone(zone));
    }

    /** The zone as readers see it: {@code UTC}, or {@code Europe/Paris (UTC+02:00)} at that instant. */
    String zoneLabel(Instant at) {
        if (isUtc()) {
            return "UTC";
        }
        String offset = zone.getRules().getOffset(at == null ? Instant.EPOCH : at).getId();
        return zone.getId() + " (UTC" + ("Z".equals(offset) ? "" : offset) + ")";
    }

    /** The outage window: {@code 10 Jun 2024 11:00–13:00 UTC}, a second day when it ends on another. */
    String window(Instant start, Instant end) {
        if (start == null && end == null) {
            return "not set";
        }
        if (start == null) {
            return "until " + dayTime(end) + " " + zoneLabel(end) + " (start not set)";
        }
        if (end == null) {
            return "from " + dayTime(start) + " " + zoneLabel(start) + " (end not set)";
        }
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        String until = from.toLocalDate().equals(to.toLocalDate()) ? time(end) : dayTime(end);
        return dayTime(start) + "\u2013" + until + " " + zoneLabel(start);
    }

    private String dayTime(Instant at) {
        return DAY.format(at.atZone(zone)) + " " + time(at);
    }
}
