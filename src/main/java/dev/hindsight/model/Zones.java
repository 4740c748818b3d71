package dev.hindsight.model;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** IANA time-zone ids as the format uses them (region ids and UTC, not raw offsets). */
public final class Zones {
    private Zones() {
    }

    /** The zone for an id such as {@code Europe/Paris} or {@code UTC}, or empty when this Java does not know it. */
    public static Optional<ZoneId> parse(String id) {
        if (id == null || id.isBlank() || !ZoneId.getAvailableZoneIds().contains(id)) {
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
        return ZoneId.getAvailableZoneIds().stream().sorted().toList();
    }
}
