package dev.hindsight.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.model.ActionItem;
import dev.hindsight.model.Comment;
import dev.hindsight.model.MergeConflict;
import dev.hindsight.model.Picture;
import dev.hindsight.model.RawJson;
import dev.hindsight.model.Report;
import dev.hindsight.model.Severity;
import dev.hindsight.model.TimelineEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Model values to RawJson and back, as the file holds them, with the file's refusals. */
class ValueCodecsTest {
    @Test
    void valuesAreWrittenAsTheReportWriterWritesThem() {
        assertThat(ValueCodecs.STRING.write("a \"b\" ✓").text()).isEqualTo("\"a \\\"b\\\" ✓\"");
        assertThat(ValueCodecs.SEVERITY.write(Severity.SEV2).text()).isEqualTo("\"SEV2\"");
        assertThat(ValueCodecs.SEVERITY.write(null)).isEqualTo(RawJson.NULL);
        assertThat(ValueCodecs.INSTANT.write(Instant.parse("2024-06-10T11:00:00Z")).text())
                .isEqualTo("\"2024-06-10T11:00:00Z\"");
        assertThat(ValueCodecs.PERCENT.write(new BigDecimal("12.5")).text()).isEqualTo("12.5");
        assertThat(ValueCodecs.TIMELINE_ENTRY.write(TimelineEntry.blank()).text())
                .isEqualTo("{\"at\":null,\"kind\":\"note\",\"text\":\"\"}");
        assertThat(ValueCodecs.listOf(ValueCodecs.STRING).write(List.of("a", "b")).text()).isEqualTo("[\"a\",\"b\"]");
    }

    @Test
    void everyPartOfRandomReportsGoesToJsonAndBackUnchanged() throws Exception {
        for (int seed = 0; seed < 60; seed++) {
            Report r = new RandomVersion2Parts(seed).decorate(new RandomReports(seed).next());
            r = new ReportReader().read(new ReportEncoder().encode(r), "r").report();
            for (TimelineEntry e : r.timeline()) {
                assertThat(ValueCodecs.TIMELINE_ENTRY.read(ValueCodecs.TIMELINE_ENTRY.write(e), "e")).isEqualTo(e);
            }
            for (ActionItem a : r.measures().actionItems()) {
                assertThat(ValueCodecs.ACTION_ITEM.read(ValueCodecs.ACTION_ITEM.write(a), "a")).isEqualTo(a);
            }
            for (Comment c : r.comments()) {
                assertThat(ValueCodecs.COMMENT.read(ValueCodecs.COMMENT.write(c), "c")).isEqualTo(c);
            }
            for (MergeConflict m : r.mergeConflicts()) {
                assertThat(ValueCodecs.MERGE_CONFLICT.read(ValueCodecs.MERGE_CONFLICT.write(m), "m")).isEqualTo(m);
            }
            for (Picture p : r.pictures()) {
                assertThat(ValueCodecs.PICTURE.read(ValueCodecs.PICTURE.write(p), "p")).isEqualTo(p);
            }
            assertThat(ValueCodecs.STRING.read(ValueCodecs.STRING.write(r.title()), "title")).isEqualTo(r.title());
            assertThat(ValueCodecs.SEVERITY.read(ValueCodecs.SEVERITY.write(r.severity()), "s")).isEqualTo(r.severity());
            for (Object v : r.extras().members().values()) {
                assertThat(ValueCodecs.UNKNOWN.read(ValueCodecs.UNKNOWN.write(v), "x")).isEqualTo(v);
            }
        }
    }

    @Test
    void aValueOfTheWrongKindIsRefusedWithThePathLikeAFile() {
        assertThatThrownBy(() -> ValueCodecs.INSTANT.read(new RawJson("\"2024-06-10T11:00:00\""), "timeline[3].at"))
                .isInstanceOf(ReportFormatException.class)
                .satisfies(e -> {
                    ReportFormatException f = (ReportFormatException) e;
                    assertThat(f.path()).isEqualTo("timeline[3].at");
                    assertThat(f.problem()).startsWith("expected an instant with a zone offset")
                            .endsWith("which has no zone offset (add Z for UTC, or +02:00)");
                });
        assertThatThrownBy(() -> ValueCodecs.STRING.read(RawJson.NULL, "title"))
                .hasMessageEndingWith("title: expected a string, found null");
        assertThatThrownBy(() -> ValueCodecs.TIMELINE_ENTRY.read(new RawJson("{\"at\":5}"), "timeline[0]"))
                .isInstanceOf(ReportFormatException.class)
                .satisfies(e -> assertThat(((ReportFormatException) e).path()).isEqualTo("timeline[0].at"));
        assertThatThrownBy(() -> ValueCodecs.listOf(ValueCodecs.STRING).read(new RawJson("[\"a\", 1]"), "tags"))
                .satisfies(e -> assertThat(((ReportFormatException) e).path()).isEqualTo("tags[1]"));
        assertThatThrownBy(() -> ValueCodecs.STRING.read(new RawJson("\"open"), "title"))
                .hasMessageContaining("title: is not JSON");
    }

    @Test
    void aMergeConflictsLineIsWrittenAndReadBack() throws Exception {
        MergeConflict c = new MergeConflict("rootCause", 3, new RawJson("\"a\\n\""), new RawJson("\"b\\n\""),
                new RawJson("\"\""), dev.hindsight.model.Extras.NONE);
        assertThat(ValueCodecs.MERGE_CONFLICT.write(c).text())
                .isEqualTo("{\"path\":\"rootCause\",\"line\":3,\"base\":\"a\\n\",\"ours\":\"b\\n\",\"theirs\":\"\"}");
        Report r = Report.blank().withMergeConflicts(List.of(c));
        assertThat(new ReportReader().read(new ReportEncoder().encode(r), "r").report().mergeConflicts())
                .containsExactly(c);
        assertThat(ValueCodecs.equivalent(new RawJson("{\"a\":1,\"b\":[true]}"), new RawJson("{ \"b\": [ true ], \"a\": 1 }")))
                .isTrue();
    }
}
