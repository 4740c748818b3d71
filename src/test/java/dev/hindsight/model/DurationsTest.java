package dev.hindsight.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("messages")
class DurationsTest {
    @ParameterizedTest
    @CsvSource({
        "PT0S, 0 min",
        "PT5M, 5 min",
        "PT2H, 2 h 00 min",
        "PT1H30M, 1 h 30 min",
        "PT27H5M, 1 d 3 h 05 min",
        "PT45S, 45 s",
        "PT2M30S, 2 min 30 s",
        "PT-5M, \u22125 min",
    })
    void formatsLikeTheWireframes(String iso, String expected) {
        assertThat(Durations.format(Duration.parse(iso))).isEqualTo(expected);
    }
}
