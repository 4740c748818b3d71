package dev.hindsight.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.model.EntryKind;
import dev.hindsight.model.TimelineEntry;
import dev.hindsight.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PastedTextTest {
    private static PastedRow one(String line) {
        List<PastedRow> rows = PastedText.parse(line);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    @Test
    void theExampleTimelinePastesAsElevenRowsWithTheRightTimesAndKinds() {
        String text = new String(Fixtures.bytes("database-vanished-timeline.txt"), StandardCharsets.UTF_8);
        List<ImportedRow> rows = TimelineText.place(PastedText.parse(text), ZoneOffset.UTC,
                Instant.parse("2024-06-10T11:00:00Z"));
        assertThat(rows).hasSize(11);
        assertThat(rows).extracting(r -> r.entry().at().toString()).containsExactly(
                "2024-06-10T11:00:00Z", "2024-06-10T11:05:00Z", "2024-06-10T11:10:00Z", "2024-06-10T11:15:00Z",
                "2024-06-10T11:25:00Z", "2024-06-10T11:30:00Z", "2024-06-10T11:40:00Z", "2024-06-10T11:45:00Z",
                "2024-06-10T12:30:00Z", "2024-06-10T12:45:00Z", "2024-06-10T13:00:00Z");
        List<EntryKind> kinds = rows.stream().map(r -> r.entry().kind()).toList();
        assertThat(kinds.get(0)).isEqualTo(EntryKind.DETECTION);
        assertThat(kinds.get(3)).isEqualTo(EntryKind.MISLEADING);
        assertThat(kinds.get(5)).isEqualTo(EntryKind.ESCALATION);
        assertThat(kinds.get(10)).isEqualTo(EntryKind.RESOLUTION);
        assertThat(kinds).containsExactly(EntryKind.DETECTION, EntryKind.RESPONSE, EntryKind.INVESTIGATION,
                EntryKind.MISLEADING, EntryKind.INVESTIGATION, EntryKind.ESCALATION, EntryKind.INVESTIGATION,
                EntryKind.MITIGATION, EntryKind.MITIGATION, EntryKind.INVESTIGATION, EntryKind.RESOLUTION);
        assertThat(rows.get(3).entry().text()).isEqualTo("Checked for potential network issues, suspected a data breach.");
        assertThat(rows).allSatisfy(r -> assertThat(r.problem()).isFalse());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
        11:05 AM: On-call engineer receives pager alert ; 11:05 ; On-call engineer receives pager alert
        2024-06-10 11:05 - Restarted the pods ; 11:05 ; Restarted the pods
        [11:05] Restarted the pods ; 11:05 ; Restarted the pods
        [2024-06-10 11:05:30] Restarted the pods ; 11:05:30 ; Restarted the pods
        (11:05 PM) Restarted the pods ; 23:05 ; Restarted the pods
        11:05 Restarted the pods ; 11:05 ; Restarted the pods
        11:05 — Restarted the pods ; 11:05 ; Restarted the pods
        11:05 | Restarted the pods ; 11:05 ; Restarted the pods
        '11:05, Users saw errors, checkout, and cart' ; 11:05 ; Users saw errors, checkout, and cart
        """)
    void readsTheLineFormatsPeopleUse(String line, String time, String text) {
        PastedRow row = one(line);
        assertThat(row.time().time()).isEqualTo(LocalTime.parse(time));
        assertThat(row.text()).isEqualTo(text);
    }

    @Test
    void anIsoInstantIsExact() {
        PastedRow row = one("2024-06-10T11:05:00Z Failover started");
        assertThat(row.time().instant()).isEqualTo(Instant.parse("2024-06-10T11:05:00Z"));
        assertThat(row.kind()).isEqualTo(EntryKind.MITIGATION);
    }

    @Test
    void separatedValuesNeedAKindInTheSecondFieldOrAHeader() {
        PastedRow tabbed = one("11:05\tescalation\tPaged the DBA, who joined");
        assertThat(tabbed.kind()).isEqualTo(EntryKind.ESCALATION);
        assertThat(tabbed.kindGiven()).isTrue();
        assertThat(tabbed.text()).isEqualTo("Paged the DBA, who joined");
        PastedRow csv = one("11:05,Mitigation,\"Rolled back, then restarted\"");
        assertThat(csv.kind()).isEqualTo(EntryKind.MITIGATION);
        assertThat(csv.text()).isEqualTo("Rolled back, then restarted");
        PastedRow notAKind = one("11:05,checked the logs,nothing");
        assertThat(notAKind.text()).isEqualTo("checked the logs,nothing");
    }

    @Test
    void aHeaderRowNamesTheColumnsInAnyOrderAndMayRunOverSeveralLines() {
        String csv = "Event,Date,Time,Type\n"
                + "\"Alert fired, on checkout\",2024-06-10,23:50,detection\n"
                + "\"Rolled back\nthe deploy\",2024-06-11,00:10,\n";
        List<PastedRow> rows = PastedText.parse(csv);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).text()).isEqualTo("Alert fired, on checkout");
        assertThat(rows.get(0).kind()).isEqualTo(EntryKind.DETECTION);
        assertThat(rows.get(0).time().date()).hasToString("2024-06-10");
        assertThat(rows.get(1).text()).isEqualTo("Rolled back\nthe deploy");
        assertThat(rows.get(1).kind()).as("guessed when the column is empty").isEqualTo(EntryKind.MITIGATION);
    }

    @Test
    void aWrittenKindPrefixSetsTheKindAndLeavesTheText() {
        PastedRow row = one("11:15 AM: Misleading path: Checked for network issues");
        assertThat(row.kind()).isEqualTo(EntryKind.MISLEADING);
        assertThat(row.text()).isEqualTo("Checked for network issues");
        assertThat(one("09:00 Note: standup").kind()).isEqualTo(EntryKind.NOTE);
        assertThat(one("09:00 MITIGATION: drained node 3").text()).isEqualTo("drained node 3");
    }

    @Test
    void linesWithoutATimeContinueTheRowAbove() {
        List<PastedRow> rows = PastedText.parse("Incident notes\n11:05 Alert fired\n  still firing\n\n11:10 Acked");
        assertThat(rows).extracting(PastedRow::text).containsExactly("Incident notes", "Alert fired still firing", "Acked");
        assertThat(rows.get(0).time()).isNull();
    }

    @Test
    void aTimeThatCannotBeReadIsKeptInTheTextAndFlagged() {
        List<ImportedRow> rows = TimelineText.place(PastedText.parse("25:00 Something odd"), ZoneOffset.UTC, null);
        assertThat(rows.get(0).problem()).isTrue();
        assertThat(rows.get(0).note()).contains("the hour goes from 0 to 23");
        assertThat(rows.get(0).entry().text()).isEqualTo("25:00 Something odd");
        assertThat(rows.get(0).entry().at()).isNull();
    }

    @Test
    void pastingPastMidnightRollsToTheNextDay() {
        List<ImportedRow> rows = TimelineText.place(PastedText.parse("23:50 Alert\n00:10 Paged the DBA"),
                ZoneId.of("Europe/Paris"), Instant.parse("2024-06-10T20:00:00Z"));
        assertThat(rows.get(0).entry().at()).isEqualTo(Instant.parse("2024-06-10T21:50:00Z"));
        assertThat(rows.get(1).entry().at()).isEqualTo(Instant.parse("2024-06-10T22:10:00Z"));
        assertThat(rows.get(1).note()).contains("next day");
    }

    @Test
    void copiedRowsPasteBackTheSame() {
        ZoneId zone = ZoneId.of("America/New_York");
        List<TimelineEntry> entries = List.of(
                new TimelineEntry(Instant.parse("2024-06-10T23:50:00Z"), EntryKind.DETECTION, "Alert: 5xx > 2%, on \"checkout\""),
                new TimelineEntry(Instant.parse("2024-06-11T04:10:30Z"), new EntryKind("acknowledged"), "Tab\there"),
                new TimelineEntry(null, EntryKind.NOTE, "no time yet"));
        String copied = TimelineText.copy(entries, zone);
        assertThat(copied.lines().findFirst()).hasValue("2024-06-10 19:50\tdetection\t\"Alert: 5xx > 2%, on \"\"checkout\"\"\"");
        List<ImportedRow> back = TimelineText.place(PastedText.parse(copied), zone, null);
        assertThat(back.get(0).entry()).isEqualTo(entries.get(0));
        assertThat(back.get(1).entry().at()).isEqualTo(entries.get(1).at());
        assertThat(back.get(2).entry()).isEqualTo(entries.get(2));
    }
}
