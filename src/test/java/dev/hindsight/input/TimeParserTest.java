package dev.hindsight.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeParserTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        11:05          | 11:05
        9:05           | 09:05
        11:05 AM       | 11:05
        11:05am        | 11:05
        11:05 a.m.     | 11:05
        1:00 PM        | 13:00
        12:00 AM       | 00:00
        12:30 PM       | 12:30
        12:30 pm       | 12:30
        23:59:30       | 23:59:30
        11:05:30.250   | 11:05:30.250
        '  11:05  '    | 11:05
        """)
    void readsTimesWithoutADate(String typed, String expected) {
        TypedTime t = TimeParser.parse(typed).value();
        assertThat(t.isExact()).isFalse();
        assertThat(t.date()).isNull();
        assertThat(t.time()).isEqualTo(LocalTime.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        2024-06-10 11:05      | 2024-06-10 | 11:05
        2024-06-10T11:05      | 2024-06-10 | 11:05
        2024-6-9 1:00 PM      | 2024-06-09 | 13:00
        2024-06-10 23:50:10   | 2024-06-10 | 23:50:10
        """)
    void readsLocalDatesAndTimes(String typed, String date, String time) {
        TypedTime t = TimeParser.parse(typed).value();
        assertThat(t.date()).isEqualTo(LocalDate.parse(date));
        assertThat(t.time()).isEqualTo(LocalTime.parse(time));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        2024-06-10T11:05:00Z        | 2024-06-10T11:05:00Z
        2024-06-10T11:05Z           | 2024-06-10T11:05:00Z
        2024-06-10T13:05:00+02:00   | 2024-06-10T11:05:00Z
        2024-06-10t11:05:00.5z      | 2024-06-10T11:05:00.500Z
        """)
    void readsExactInstants(String typed, String instant) {
        TypedTime t = TimeParser.parse(typed).value();
        assertThat(t.isExact()).isTrue();
        assertThat(t.instant()).isEqualTo(Instant.parse(instant));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        soon              | not a time such as 11:05
        25:00             | the hour goes from 0 to 23, not 25
        11:65             | minutes and seconds go from 0 to 59
        13:00 PM          | with AM or PM the hour goes from 1 to 12
        0:30 AM           | with AM or PM the hour goes from 1 to 12
        2024-02-30 11:00  | 2024-02-30 is not a date on the calendar
        2024-06-10        | not a time such as 11:05
        2024-06-10T25:00Z | "2024-06-10T25:00Z" is not a time of day (hours go from 00 to 23
        11.05             | not a time such as 11:05
        """)
    void refusesWithAReason(String typed, String reason) {
        assertThat(TimeParser.parse(typed).error()).hasValueSatisfying(e -> assertThat(e).contains(reason));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void emptyMeansNotKnownYet(String typed) {
        assertThat(TimeParser.parse(typed).value()).isNull();
    }
}
