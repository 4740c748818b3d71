package dev.hindsight.input.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The note that a timeline was put on today is said only when an event was: rows with their own dates need none. */
class TimelineDateNoteTest {
    private static final String NO_DATE = "the document gives no date for the timeline";

    @Test
    void aTableWhoseRowsGiveTheirDatesHasNoNoteAboutToday(@TempDir Path dir) throws Exception {
        Path html = Files.writeString(dir.resolve("dated.html"), "<html><body><h1>Outage</h1><h2>Timeline</h2><table>"
                + "<tr><th>Time (UTC)</th><th>Event</th></tr>"
                + "<tr><td>2024-06-10 00:00:03</td><td>Paged the on-call</td></tr>"
                + "<tr><td>2024-06-10 00:05:00</td><td>Rolled back</td></tr></table></body></html>");
        ImportResult result = new Importer().importFile(html);
        assertThat(result.report().timeline()).extracting(e -> e.at()).containsExactly(
                Instant.parse("2024-06-10T00:00:03Z"), Instant.parse("2024-06-10T00:05:00Z"));
        assertThat(result.notes()).noneMatch(n -> n.startsWith(NO_DATE));
    }

    @Test
    void timesWithoutAnyDateAreOnTodayAndTheNoteSaysSo() throws Exception {
        ImportResult result = new Importer().importText("# Outage\n\n## Timeline\n\n- 11:00 Alert fired\n"
                + "- 11:05 Paged the on-call\n- 11:20 Rolled back\n");
        assertThat(result.report().timeline()).hasSize(3);
        assertThat(result.notes()).anyMatch(n -> n.startsWith(NO_DATE) && n.endsWith("(today); correct the dates"));
    }
}
