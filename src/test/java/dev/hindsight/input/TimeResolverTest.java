package dev.hindsight.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimeResolverTest {
    private static final TimeResolver UTC = new TimeResolver(ZoneOffset.UTC);

    private static ResolvedTime resolve(TimeResolver resolver, String typed, String previous) {
        return resolver.resolve(TimeParser.parse(typed).value(), previous == null ? null : Instant.parse(previous));
    }

    @Test
    void aTimeTakesTheDateOfTheRowAbove() {
        ResolvedTime r = resolve(UTC, "11:05", "2024-06-10T11:00:00Z");
        assertThat(r.instant()).isEqualTo(Instant.parse("2024-06-10T11:05:00Z"));
        assertThat(r.note()).isEmpty();
    }

    @Test
    void pastMidnightRollsToTheNextDayAndSaysSo() {
        ResolvedTime r = resolve(UTC, "00:10", "2024-06-10T23:50:00Z");
        assertThat(r.instant()).isEqualTo(Instant.parse("2024-06-11T00:10:00Z"));
        assertThat(r.rolledToNextDay()).isTrue();
        assertThat(r.note()).contains("next day");
    }

    @Test
    void aSmallStepBackKeepsTheDateAndIsFlagged() {
        ResolvedTime r = resolve(UTC, "10:00", "2024-06-10T11:00:00Z");
        assertThat(r.instant()).isEqualTo(Instant.parse("2024-06-10T10:00:00Z"));
        assertThat(r.rolledToNextDay()).isFalse();
        assertThat(r.beforePrevious()).isTrue();
        assertThat(r.note()).isEqualTo("earlier than the row above");
    }

    @Test
    void exactlyTwelveHoursBackDoesNotRoll() {
        ResolvedTime r = resolve(UTC, "11:00", "2024-06-10T23:00:00Z");
        assertThat(r.rolledToNextDay()).isFalse();
        assertThat(r.beforePrevious()).isTrue();
    }

    @Test
    void anExplicitDateNeverRolls() {
        ResolvedTime r = resolve(UTC, "2024-06-10 00:10", "2024-06-10T23:50:00Z");
        assertThat(r.instant()).isEqualTo(Instant.parse("2024-06-10T00:10:00Z"));
        assertThat(r.rolledToNextDay()).isFalse();
        assertThat(r.beforePrevious()).isTrue();
    }

    @Test
    void timesAreReadInTheReportZone() {
        TimeResolver paris = new TimeResolver(ZoneId.of("Europe/Paris"));
        assertThat(resolve(paris, "13:00", "2024-06-10T09:00:00Z").instant())
                .isEqualTo(Instant.parse("2024-06-10T11:00:00Z"));
        assertThat(resolve(paris, "1:30 AM", "2024-06-10T21:50:00Z").instant())
                .as("23:50 Paris, then 01:30 is the next day").isEqualTo(Instant.parse("2024-06-10T23:30:00Z"));
    }

    @Test
    void aTimeInADaylightSavingGapMovesToTheFirstValidTimeAndIsFlagged() {
        TimeResolver paris = new TimeResolver(ZoneId.of("Europe/Paris"));
        ResolvedTime r = paris.at(LocalDateTime.parse("2024-03-31T02:30"));
        assertThat(r.instant()).isEqualTo(Instant.parse("2024-03-31T01:00:00Z")).as("03:00 CEST");
        assertThat(r.inGap()).isTrue();
        assertThat(r.note()).contains("daylight-saving");
    }

    @Test
    void aTimeInAnOverlapTakesTheEarlierOffset() {
        TimeResolver paris = new TimeResolver(ZoneId.of("Europe/Paris"));
        ResolvedTime r = paris.at(LocalDateTime.parse("2024-10-27T02:30"));
        assertThat(r.instant()).isEqualTo(Instant.parse("2024-10-27T00:30:00Z")).as("02:30 CEST (+02:00)");
        assertThat(r.inGap()).isFalse();
    }

    @Test
    void exactInstantsStayAsTyped() {
        ResolvedTime r = resolve(UTC, "2024-06-10T09:00:00Z", "2024-06-10T11:00:00Z");
        assertThat(r.instant()).isEqualTo(Instant.parse("2024-06-10T09:00:00Z"));
        assertThat(r.beforePrevious()).isTrue();
    }
}
