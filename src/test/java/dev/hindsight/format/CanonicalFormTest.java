package dev.hindsight.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.model.Report;
import dev.hindsight.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalFormTest {
    private final ReportReader reader = new ReportReader();
    private final ReportEncoder encoder = new ReportEncoder();

    private Report read(String fixture) throws ReportFormatException {
        return reader.read(Fixtures.bytes(fixture), fixture).report();
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.EXAMPLE, "odd/unknown-everywhere.json", "odd/newer-version.json"})
    void openingAndSavingUnchangedReproducesTheFileByteForByte(String fixture) throws Exception {
        byte[] original = Fixtures.bytes(fixture);
        assertThat(new String(encoder.encode(read(fixture)), StandardCharsets.UTF_8))
                .isEqualTo(new String(original, StandardCharsets.UTF_8));
        assertThat(encoder.encode(read(fixture))).isEqualTo(original);
    }

    @Test
    void byteOrderMarkAndCrlfAreAcceptedAndWrittenCanonically() throws Exception {
        assertThat(encoder.encode(read("odd/bom-crlf.json"))).isEqualTo(Fixtures.bytes(Fixtures.EXAMPLE));
    }

    @Test
    void aMinimalFileTakesEveryDefaultAndIsWrittenWithEveryKnownKey() throws Exception {
        Report report = read("odd/minimal.json");
        assertThat(report).isEqualTo(Report.blank());
        String written = new String(encoder.encode(report), StandardCharsets.UTF_8);
        assertThat(written).isEqualTo("""
                {
                  "format": "postmortem-report",
                  "formatVersion": 1,
                  "title": "",
                  "incidentId": "",
                  "severity": null,
                  "status": "draft",
                  "confidentiality": "",
                  "authors": [],
                  "timeZone": "UTC",
                  "createdAt": null,
                  "updatedAt": null,
                  "summary": {
                    "startedAt": null,
                    "endedAt": null,
                    "impact": "",
                    "usersAffectedPercent": null,
                    "rootCause": ""
                  },
                  "timeline": [],
                  "rootCause": "",
                  "resolution": "",
                  "measures": {
                    "improvements": "",
                    "actionItems": []
                  },
                  "closingRemarks": ""
                }
                """);
    }

    @Test
    void unknownKeysGoAfterTheKnownOnesInTheOrderTheyWereRead() throws Exception {
        String written = new String(encoder.encode(read("odd/interleaved-unknown.json")), StandardCharsets.UTF_8);
        assertThat(written).endsWith("""
                  "closingRemarks": "",
                  "extra1": 1,
                  "zeta": {
                    "b": 1,
                    "a": 2
                  },
                  "alpha": [
                    1.0,
                    "x"
                  ]
                }
                """);
    }

    @Test
    void stringsEscapeOnlyWhatJsonRequiresAndKeepNonAsciiAsItIs() {
        Report report = Report.blank().withTitle("tab\tq\" b\\ s/ nl\n cr\r bs\b ff\f bell\u0007 del\u007f é 日本 \u2028 😀");
        String written = new String(encoder.encode(report), StandardCharsets.UTF_8);
        assertThat(written).contains(
                "\"title\": \"tab\\tq\\\" b\\\\ s/ nl\\n cr\\r bs\\b ff\\f bell\\u0007 del\u007f é 日本 \u2028 😀\",");
        assertThat(written).doesNotContain("\r").endsWith("}\n").doesNotStartWith("\uFEFF");
    }

    @Test
    void numbersAreWrittenInTheirShortestForm() throws Exception {
        Report report = read(Fixtures.EXAMPLE);
        for (String[] pair : new String[][] {{"100.0", "100"}, {"12.50", "12.5"}, {"1E+1", "10"}, {"0.000", "0"},
            {"33.333", "33.333"}}) {
            Report changed = report.withSummary(report.summary()
                    .withUsersAffectedPercent(new java.math.BigDecimal(pair[0])));
            assertThat(new String(encoder.encode(changed), StandardCharsets.UTF_8))
                    .contains("\"usersAffectedPercent\": " + pair[1] + ",");
        }
    }

    @Test
    void halfASurrogatePairIsKeptAndWrittenAsAnEscape() throws Exception {
        Report report = read("odd/lone-surrogate.json");
        assertThat(report.incidentId()).isEqualTo("INC-\uD800");
        byte[] written = encoder.encode(report);
        assertThat(new String(written, StandardCharsets.UTF_8)).contains("\"incidentId\": \"INC-\\uD800\",");
        assertThat(reader.read(written, "again").report()).isEqualTo(report);
    }
}
