package dev.hindsight.model;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** IANA time-zone ids as the format uses them (region ids and UTC, not raw offsets). */
public final class Zones {
    /**
     * The ids this Java knows, read once: {@code ZoneId.getAvailableZoneIds()} copies its set of
     * about 600 ids on every call, and a report's zone is looked up on every edit (the window's
     * figures, each timeline row's time).
     */
    private static final java.util.Set<String> KNOWN = java.util.Set.copyOf(ZoneId.getAvailableZoneIds());

    private Zones() {
    }

    /** The zone for an id such as {@code Europe/Paris} or {@code UTC}, or empty when this Java does not know it. */
    public static Optional<ZoneId> parse(String id) {
        if (id == null || id.isBlank() || !KNOWN.contains(id)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Every zone id this Java knows, sorted. */
    public static List<String> all() {
        return KNOWN.stream().sorted().toList();
    }
}
