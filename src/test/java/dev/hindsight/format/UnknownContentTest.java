package dev.hindsight.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.model.ActionStatus;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Report;
import dev.hindsight.model.Severity;
import dev.hindsight.testing.Fixtures;
import org.junit.jupiter.api.Test;

class UnknownContentTest {
    private final ReportReader reader = new ReportReader();

    @Test
    void unknownKeysAtEveryLevelAreKeptInOrder() throws Exception {
        Report r = reader.read(Fixtures.path("odd/unknown-everywhere.json")).report();
        assertThat(r.extras().members()).containsOnlyKeys("reviewers", "x-escape");
        assertThat(r.summary().extras().members().keySet()).containsExactly("customerTier", "ratio");
        assertThat(r.timeline().get(0).extras().members()).containsOnlyKeys("source");
        assertThat(r.measures().extras().members()).containsOnlyKeys("budget");
        assertThat(r.measures().actionItems().get(0).extras().members()).containsOnlyKeys("estimate");
    }

    @Test
    void unknownEnumValuesAreKeptAsWrittenAndWarnedAbout() throws Exception {
        ReadResult result = reader.read(Fixtures.path("odd/unknown-everywhere.json"));
        Report r = result.report();
        assertThat(r.severity()).isEqualTo(new Severity("sev1"));
        assertThat(r.severity().isKnown()).isFalse();
        assertThat(r.status().code()).isEqualTo("acknowledged");
        assertThat(r.timeline().get(0).kind()).isEqualTo(new EntryKind("acknowledged"));
        assertThat(r.measures().actionItems().get(0).status()).isEqualTo(new ActionStatus("blocked"));
        assertThat(result.warnings()).extracting(FormatWarning::path).containsExactly("severity", "status",
                "timeline[0].kind", "measures.actionItems[0].type", "measures.actionItems[0].priority",
                "measures.actionItems[0].status");
        assertThat(result.warnings().get(0).toString())
                .isEqualTo("severity: \"sev1\" is not a severity this version knows; it is kept as written");
    }

    @Test
    void aNewerFormatVersionOpensWithAWarningAndKeepsItsVersion() throws Exception {
        ReadResult result = reader.read(Fixtures.path("odd/newer-version.json"));
        assertThat(result.report().formatVersion()).isEqualTo(3);
        assertThat(result.warnings()).first().satisfies(w -> {
            assertThat(w.path()).isEmpty();
            assertThat(w.message()).contains("made by a newer version of Hindsight (format version 3)");
        });
        assertThat(result.report().extras().members()).containsOnlyKeys("customerUpdates");
        assertThat(result.report().classification().contributingFactors()).singleElement()
                .satisfies(f -> assertThat(f.extras().members()).containsOnlyKeys("weight"));
    }

    @Test
    void anUnknownTimeZoneIsKeptAndShownInUtc() throws Exception {
        byte[] bytes = "{\"format\":\"postmortem-report\",\"formatVersion\":1,\"timeZone\":\"Mars/Olympus_Mons\"}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ReadResult result = reader.read(bytes, "mars.json");
        assertThat(result.report().timeZone()).isEqualTo("Mars/Olympus_Mons");
        assertThat(result.report().zone()).isEqualTo(java.time.ZoneOffset.UTC);
        assertThat(result.warnings()).singleElement().extracting(FormatWarning::path).isEqualTo("timeZone");
    }

    @Test
    void theExampleHasNoWarnings() throws Exception {
        assertThat(reader.read(Fixtures.path(Fixtures.EXAMPLE)).warnings()).isEmpty();
    }
}
