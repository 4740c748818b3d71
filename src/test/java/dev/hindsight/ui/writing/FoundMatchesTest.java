package dev.hindsight.ui.writing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.find.FindQuery;
import dev.hindsight.find.ReportSearch;
import dev.hindsight.model.Report;
import org.junit.jupiter.api.Test;

/** The find bar's matches: the count it shows, the step to the next, and the current match kept after an edit. */
class FoundMatchesTest {
    private static Report report(String rootCause, String resolution) {
        return Report.blank().builder().rootCause(rootCause).resolution(resolution).build();
    }

    @Test
    void countsStepsAndHighlightsTheCurrentMatch() {
        FindQuery q = FindQuery.of("disk");
        FoundMatches found = new FoundMatches();
        found.found(q, ReportSearch.find(report("disk full; disk slow", "Freed the disk."), q));
        assertThat(found.current()).isEqualTo(-1);
        assertThat(found.count()).isEqualTo("3 matches");
        assertThat(found.step(1)).isZero();
        assertThat(found.step(-1)).isEqualTo(2);
        found.select(1);
        assertThat(found.count()).isEqualTo("2 of 3");
        assertThat(found.step(5)).isZero();
        assertThat(found.highlights()).containsOnlyKeys("rootCause", "resolution");
        assertThat(found.highlights().get("rootCause")).containsExactly(new Highlight(0, 4, "find"),
                new Highlight(11, 15, "find-current"));
    }

    @Test
    void afterAnEditTheCurrentMatchIsTheOneAtOrAfterWhereItWasAndANewQueryStartsOver() {
        FindQuery q = FindQuery.of("disk");
        FoundMatches found = new FoundMatches();
        found.found(q, ReportSearch.find(report("disk full; disk slow", "Freed the disk."), q));
        found.select(1);
        // the first "disk" was replaced: the one that was current is now the first
        found.found(q, ReportSearch.find(report("volume full; disk slow", "Freed the disk."), q));
        assertThat(found.current()).isZero();
        assertThat(found.count()).isEqualTo("1 of 2");
        found.found(FindQuery.of("slow"), ReportSearch.find(report("volume full; disk slow", ""), FindQuery.of("slow")));
        assertThat(found.current()).isEqualTo(-1);
        assertThat(found.count()).isEqualTo("1 match");
    }
}
