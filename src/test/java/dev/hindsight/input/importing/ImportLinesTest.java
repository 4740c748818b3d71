package dev.hindsight.input.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.model.Report;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The import's report as read: repeated lines once with a count, in first-come order, at most thirty. */
class ImportLinesTest {
    private static ImportResult result(List<Placement> placements, List<String> notes) {
        return new ImportResult(Report.blank(), placements, notes, List.of());
    }

    @Test
    void repeatedPlacementsAndNotesAreSaidOnceWithHowManyTimesWhereTheyFirstCame() {
        Placement timeline = new Placement("\u201CTimeline\u201D", "Timeline");
        Placement impact = new Placement("\u201CImpact\u201D", "Impact");
        ImportLines lines = ImportLines.of(result(List.of(timeline, impact, timeline, timeline),
                List.of("a date was guessed", "no time zone", "a date was guessed")));
        assertThat(lines.placements()).containsExactly(new Placement("\u201CTimeline\u201D (\u00D73)", "Timeline"), impact);
        assertThat(lines.notes()).containsExactly("a date was guessed (\u00D72)", "no time zone");
        assertThat(lines.morePlacements()).isZero();
        assertThat(lines.moreNotes()).isZero();
    }

    @Test
    void thirtyLinesAreListedAndTheRestCounted() {
        List<Placement> placements = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < 1_234; i++) {
            placements.add(new Placement("\u201CChannel " + i + "\u201D", "Closing Remarks"));
            notes.add("\u201CChannel " + i + "\u201D is not a section Hindsight knows");
        }
        ImportLines lines = ImportLines.of(result(placements, notes.subList(0, 30)));
        assertThat(lines.placements()).hasSize(ImportLines.MOST).isEqualTo(placements.subList(0, 30));
        assertThat(lines.morePlacements()).isEqualTo(1_204);
        assertThat(ImportLines.more(lines.morePlacements())).isEqualTo("\u2026 and 1,204 more");
        assertThat(lines.notes()).isEqualTo(notes.subList(0, 30));
        assertThat(lines.moreNotes()).isZero();
    }
}
