package dev.hindsight.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathsTest {
    @Test
    void pathsReadAsTheyAreWritten() {
        for (String path : List.of("title", "summary.startedAt", "timeline[4].text", "measures.actionItems[1].status",
                "comments[0].replies[2]", "timeline[2][\"x.y\"]", "[\"odd key\"]", "measures[\"a\\\"b\"]")) {
            assertThat(Paths.format(Paths.parse(path), "")).isEqualTo(path);
        }
    }

    @Test
    void unknownKeysThatAreNotPlainNamesAreQuoted() {
        assertThat(Paths.member("timeline[2]", "x.y")).isEqualTo("timeline[2][\"x.y\"]");
        assertThat(Paths.member("", "risk score")).isEqualTo("[\"risk score\"]");
        assertThat(Paths.parse("timeline[2][\"x.y\"]")).extracting(Paths.Step::key)
                .containsExactly("timeline", null, "x.y");
    }

    @Test
    void whatIsNotAPathHasNoSteps() {
        for (String bad : List.of("", ".title", "timeline[", "timeline[x]", "timeline[-1]", "a..b", "a[\"open",
                "title]")) {
            assertThat(Paths.parse(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void theFirstRowOnAPathIsFound() {
        assertThat(Paths.row("measures.actionItems[3].details")).hasValue(
                new Paths.RowPlace("measures.actionItems", 3, ".details"));
        assertThat(Paths.row("timeline[7]")).hasValue(new Paths.RowPlace("timeline", 7, ""));
        assertThat(Paths.row("rootCause")).isEmpty();
        assertThat(new Paths.RowPlace("timeline", 7, ".text").at(9).path()).isEqualTo("timeline[9].text");
    }
}
