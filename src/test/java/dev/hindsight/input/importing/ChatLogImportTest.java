package dev.hindsight.input.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.model.Report;
import dev.hindsight.model.TimelineEntry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Chat logs and lists of times as teams keep them: a file with no heading whose lines mostly start
 * with a time is its timeline; a chat line's bracketed time is read whatever date stands before it;
 * a line with a date and words of its own is an event, never taken as a mere date note.
 */
class ChatLogImportTest {
    private static Report imported(String text) throws ImportRefusedException {
        return new Importer(PictureHook.NONE).importText(text).report();
    }

    private static List<String> texts(Report report) {
        return report.timeline().stream().map(TimelineEntry::text).toList();
    }

    @Test
    void aChatLogWithoutHeadingsIsTheTimelineEveryLineTimedAndWordForWord() throws Exception {
        ImportResult result = new Importer(PictureHook.NONE).importText("""
                [9:58 AM] kim: checkout p99 is climbing, anyone looking?
                [10:01 AM] lee: paged by the SLO alert, looking now
                [10:04 AM] lee: db-1 connections at max, pool exhausted
                [10:09 AM] kim: rolling back the 09:40 deploy
                [10:30 AM] kim: declaring resolved, postmortem tomorrow
                """);
        Report report = result.report();
        assertThat(texts(report)).containsExactly("kim: checkout p99 is climbing, anyone looking?",
                "lee: paged by the SLO alert, looking now", "lee: db-1 connections at max, pool exhausted",
                "kim: rolling back the 09:40 deploy", "kim: declaring resolved, postmortem tomorrow");
        assertThat(report.timeline()).allSatisfy(e -> assertThat(e.at()).isNotNull());
        assertThat(report.timeline().get(0).at().toString()).endsWith("T09:58:00Z");
        assertThat(report.closingRemarks()).isEmpty();
        assertThat(result.notes()).contains("no section heading was recognised: its lines mostly start with a time, so "
                + "they were read as the timeline");
    }

    @Test
    void aBracketedTimeIsReadOnTheFirstLineAndAfterADate() throws Exception {
        Report report = imported("""
                # Outage

                ## Timeline

                2024-06-10 (times in UTC)

                [10:01 AM] lee: paged
                2024-06-10 [10:04 AM] lee: db-1 at max
                10 June 2024 [10:09 AM] kim: rolled back
                """);
        assertThat(texts(report)).containsExactly("lee: paged", "lee: db-1 at max", "kim: rolled back");
        assertThat(report.timeline()).extracting(TimelineEntry::at).containsExactly(
                Instant.parse("2024-06-10T10:01:00Z"), Instant.parse("2024-06-10T10:04:00Z"),
                Instant.parse("2024-06-10T10:09:00Z"));
    }

    @Test
    void aDateWithWordsOfItsOwnIsKeptAndADateNoteStillSetsTheDayAndZone() throws Exception {
        Report report = imported("""
                # Outage

                ## Timeline

                Monday, 10 June 2024 (all times in Europe/Berlin)

                - 11:00 Pager alert
                - 11 June 2024 the deploy went out again with the flag on
                - 11:30 Rolled back
                """);
        assertThat(report.timeZone()).isEqualTo("Europe/Berlin");
        assertThat(report.timeline().get(0).at()).isEqualTo(Instant.parse("2024-06-10T09:00:00Z"));
        String everything = String.join("\n", texts(report)) + "\n" + report.closingRemarks();
        assertThat(everything).contains("the deploy went out again with the flag on");
    }
}
