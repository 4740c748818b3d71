package dev.hindsight.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.input.TimeParser;
import dev.hindsight.input.TypedDates;
import dev.hindsight.model.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Instants and dates are read strictly: a day that is not on the calendar is refused, never
 * moved; the years are 0000 to 9999 (in UTC, as written); what the writer writes, the schema's
 * pattern and the reader accept agree.
 */
class DatesTest {
    /** java.time's own strict reading of RFC 3339 text, the oracle for the calendar and the clock. */
    private static final DateTimeFormatter STRICT = DateTimeFormatter.ISO_OFFSET_DATE_TIME
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern SCHEMA_INSTANT = schemaPattern("startedAt");

    private final ReportReader reader = new ReportReader();
    private final ReportEncoder encoder = new ReportEncoder();

    private static byte[] withStart(String instant) {
        return ("{\"format\": \"postmortem-report\", \"formatVersion\": 1,\n\"summary\": {\"startedAt\": \"" + instant
                + "\"}}").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withDue(String date) {
        return ("{\"format\": \"postmortem-report\", \"formatVersion\": 1,\n\"measures\": {\"actionItems\": "
                + "[{\"due\": \"" + date + "\"}]}}").getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        2024-02-30T11:00:00Z      | which is not a day of the calendar (February 2024 has 29 days)
        2023-02-29T11:00:00Z      | which is not a day of the calendar (February 2023 has 28 days)
        2024-04-31T00:00Z         | which is not a day of the calendar (April 2024 has 30 days)
        2024-13-01T00:00Z         | which is not a day of the calendar (months go from 01 to 12)
        2024-06-00T00:00Z         | which is not a day of the calendar (June 2024 has 30 days)
        2024-06-10T24:00:00Z      | which is not a time of day
        2024-06-10T11:60:00Z      | which is not a time of day
        2024-06-10T11:05:60Z      | :60 is a leap second, which comes only at 23:59:60 UTC
        2024-06-10T11:05:00+19:00 | which is beyond the zone offsets of ±18:00
        2024-06-10T11:05:00.1234567891Z | which is more precise than a nanosecond
        +10000-01-01T00:00:00Z    | which is outside the years 0000 to 9999 (in UTC) that a report can hold
        -0001-12-31T00:00:00Z     | which is outside the years 0000 to 9999 (in UTC)
        9999-12-31T23:00:00-05:00 | which is outside the years 0000 to 9999 (in UTC)
        0000-01-01T00:30:00+01:00 | which is outside the years 0000 to 9999 (in UTC)
        """)
    @Tag("messages")
    void impossibleOrUnsupportedInstantsAreRefusedWithTheReason(String instant, String reason) {
        assertThatThrownBy(() -> reader.read(withStart(instant), "dates.json"))
                .isInstanceOfSatisfying(ReportFormatException.class, e -> {
                    assertThat(e.path()).isEqualTo("summary.startedAt");
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.problem()).startsWith("expected an instant with a zone offset, such as "
                            + "\"2024-06-10T11:00:00Z\", found \"" + instant + "\", which is ").contains(reason);
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        2024-02-30   | which is not a day of the calendar (February 2024 has 29 days)
        2023-02-29   | which is not a day of the calendar (February 2023 has 28 days)
        +10000-01-01 | which is outside the years 0000 to 9999
        -0001-01-01  | which is outside the years 0000 to 9999
        """)
    @Tag("messages")
    void impossibleOrUnsupportedDatesAreRefusedWithTheReason(String date, String reason) {
        assertThatThrownBy(() -> reader.read(withDue(date), "due.json"))
                .isInstanceOfSatisfying(ReportFormatException.class, e -> {
                    assertThat(e.path()).isEqualTo("measures.actionItems[0].due");
                    assertThat(e.problem()).startsWith("expected a date such as \"2024-06-30\" (YYYY-MM-DD), found \""
                            + date + "\", ").contains(reason);
                });
    }

    @Test
    void theEdgesOfTheSupportedYearsAreKept() throws Exception {
        for (String instant : new String[] {"0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
            "9999-12-31T18:59:59-05:00", "0000-01-01T05:00:00+05:00"}) {
            Report read = reader.read(withStart(instant), "edge.json").report();
            String written = new String(encoder.encode(read), StandardCharsets.UTF_8);
            String startedAt = read.summary().startedAt().toString();
            assertThat(written).contains("\"startedAt\": \"" + startedAt + "\"");
            assertThat(SCHEMA_INSTANT.matcher(startedAt).matches()).as(startedAt).isTrue();
        }
        assertThat(reader.read(withDue("9999-12-31"), "due.json").report().measures().actionItems().get(0).due())
                .isEqualTo(LocalDate.of(9999, 12, 31));
    }

    @Test
    @Tag("messages")
    void aLeapSecondIsReadAsTheSecondBeforeItWithAWarning() throws Exception {
        ReadResult result = reader.read(withStart("2016-12-31T23:59:60Z"), "leap.json");
        assertThat(result.report().summary().startedAt()).isEqualTo(Instant.parse("2016-12-31T23:59:59Z"));
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(FormatWarning.Kind.LEAP_SECOND);
            assertThat(w.toString()).isEqualTo("summary.startedAt: the leap second in \"2016-12-31T23:59:60Z\" is read "
                    + "as the second before it (23:59:59 UTC) and saved that way");
        });
        ReadResult local = reader.read(withStart("2016-12-31T18:59:60.5-05:00"), "leap.json");
        assertThat(local.report().summary().startedAt()).isEqualTo(Instant.parse("2016-12-31T23:59:59.5Z"));
    }

    /**
     * Generated date-times around every edge (days 0 to 32 of every month, hours to 24, seconds
     * to 61, offsets to ±19:00, years near 0000 and 9999, fractions of up to 11 digits): the
     * reader accepts exactly what java.time's strict resolver accepts within the supported
     * years (plus a leap second at 23:59:60 UTC), reads the same instant, and what it then
     * writes matches the schema and reads back equal.
     */
    @Test
    void generatedInstantsAreReadStrictlyAndWrittenWithinTheSchema() throws Exception {
        Random random = new Random(4_2024_0230L);
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < 8_000; i++) {
            String text = randomInstantText(random);
            Instant expected = oracle(text);
            ReadResult result;
            try {
                result = reader.read(withStart(text), "generated.json");
            } catch (ReportFormatException e) {
                assertThat(expected).as("%s was refused: %s", text, e.getMessage()).isNull();
                assertThat(e.path()).isEqualTo("summary.startedAt");
                refused++;
                continue;
            }
            assertThat(expected).as("%s was accepted", text).isNotNull();
            Instant read = result.report().summary().startedAt();
            assertThat(read).as(text).isEqualTo(expected);
            assertThat(SCHEMA_INSTANT.matcher(text).matches()).as("the schema accepts %s", text).isTrue();
            assertThat(SCHEMA_INSTANT.matcher(read.toString()).matches()).as("the schema accepts %s", read).isTrue();
            Report again = reader.read(encoder.encode(result.report()), "again.json").report();
            assertThat(again.summary().startedAt()).isEqualTo(read);
            accepted++;
        }
        assertThat(accepted).as("accepted").isGreaterThan(1_500);
        assertThat(refused).as("refused").isGreaterThan(1_500);
    }

    @Test
    void generatedDatesAreReadStrictlyAndTypedTheSameWay() throws Exception {
        Random random = new Random(20_230_229L);
        for (int i = 0; i < 3_000; i++) {
            String text = year(random) + "-" + two(random.nextInt(14)) + "-" + two(random.nextInt(33));
            LocalDate expected;
            try {
                expected = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
                expected = expected.getYear() >= 0 && expected.getYear() <= 9999 ? expected : null;
            } catch (DateTimeException e) {
                expected = null;
            }
            LocalDate read;
            try {
                read = reader.read(withDue(text), "due.json").report().measures().actionItems().get(0).due();
            } catch (ReportFormatException e) {
                read = null;
            }
            assertThat(read).as(text).isEqualTo(expected);
            assertThat(TypedDates.parse(text).isOk()).as("typed %s", text).isEqualTo(expected != null);
            if (expected != null) {
                assertThat(TypedDates.parse(text).value()).isEqualTo(expected);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        2024-02-30T11:00:00Z      | is not a day of the calendar (February 2024 has 29 days)
        9999-12-31T23:00:00-05:00 | is outside the years 0000 to 9999
        """)
    @Tag("messages")
    void typedInstantsAreReadAsStrictlyAsTheFile(String typed, String reason) {
        assertThat(TimeParser.parse(typed).error()).hasValueSatisfying(e -> assertThat(e)
                .startsWith("\"" + typed + "\" " + reason));
        assertThat(TypedDates.parse("2023-02-29").error()).hasValue(
                "\u201c2023-02-29\u201d is not a day of the calendar (February 2023 has 28 days)");
        assertThat(TypedDates.outsideYears(Instant.parse("9999-12-31T23:59:59Z").plusSeconds(1))).isPresent();
    }

    /** The instant java.time's strict resolver reads, if within the supported years; leap seconds as :59. */
    private static Instant oracle(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        boolean leap = upper.matches(".*T\\d{2}:\\d{2}:60.*");
        if (!SCHEMA_INSTANT.matcher(text).matches()) {
            return null;
        }
        try {
            OffsetDateTime parsed = OffsetDateTime.parse(leap ? upper.replaceFirst(":60", ":59") : upper, STRICT);
            Instant instant = parsed.toInstant();
            int year = instant.atOffset(ZoneOffset.UTC).getYear();
            if (year < 0 || year > 9999) {
                return null;
            }
            if (leap && instant.atOffset(ZoneOffset.UTC).toLocalTime().toSecondOfDay() != 86_399) {
                return null;
            }
            return instant;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String randomInstantText(Random random) {
        StringBuilder out = new StringBuilder();
        out.append(year(random)).append('-').append(two(random.nextInt(14))).append('-').append(two(random.nextInt(33)));
        out.append(random.nextInt(10) == 0 ? 't' : 'T');
        boolean leap = random.nextInt(6) == 0;
        out.append(leap ? "23" : two(random.nextInt(26))).append(':').append(leap ? "59" : two(random.nextInt(62)));
        if (random.nextInt(5) > 0) {
            out.append(':').append(leap || random.nextInt(20) == 0 ? "60" : two(random.nextInt(62)));
            if (random.nextBoolean()) {
                out.append('.');
                for (int i = 1 + random.nextInt(11); i > 0; i--) {
                    out.append(random.nextInt(10));
                }
            }
        }
        switch (random.nextInt(4)) {
            case 0 -> out.append(random.nextBoolean() ? 'Z' : 'z');
            case 1 -> out.append("+00:00");
            default -> out.append(random.nextBoolean() ? '+' : '-').append(two(random.nextInt(20))).append(':')
                    .append(two(random.nextInt(4) == 0 ? random.nextInt(61) : 30 * random.nextInt(2)));
        }
        return out.toString();
    }

    private static String year(Random random) {
        switch (random.nextInt(6)) {
            case 0:
                return "0000";
            case 1:
                return "9999";
            case 2:
                return random.nextBoolean() ? "+10000" : "-0001";
            default:
                return String.format(Locale.ROOT, "%04d", random.nextBoolean() ? 1900 + random.nextInt(200)
                        : random.nextInt(10_000));
        }
    }

    private static String two(int n) {
        return String.format(Locale.ROOT, "%02d", n);
    }

    private static Pattern schemaPattern(String key) {
        try {
            String schema = Files.readString(Path.of("docs/format/report-format.schema.json"));
            java.util.regex.Matcher m = Pattern.compile("\"instant\": \\{[^}]*?\"pattern\": \"([^\"]+)\"")
                    .matcher(schema);
            if (!m.find()) {
                throw new IllegalStateException("no instant pattern in the schema for " + key);
            }
            return Pattern.compile(m.group(1).replace("\\\\", "\\"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
