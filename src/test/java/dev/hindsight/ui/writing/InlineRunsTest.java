package dev.hindsight.ui.writing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.markdown.Markdown;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What a table cell shows of an inline Markdown field, and where its runs stand in the source. */
class InlineRunsTest {
    @Test
    void boldItalicCodeAndLinksAreRunsWithoutTheirMarkup() {
        List<InlineRuns.Run> runs = InlineRuns.of("**OUTAGE BEGINS** on *db-1*, see `pg_stat` and [the runbook](https://x.example/r)");
        assertThat(runs).extracting(InlineRuns.Run::text)
                .containsExactly("OUTAGE BEGINS", " on ", "db-1", ", see ", "pg_stat", " and ", "the runbook");
        assertThat(runs.get(0).bold()).isTrue();
        assertThat(runs.get(1).bold()).isFalse();
        assertThat(runs.get(2).italic()).isTrue();
        assertThat(runs.get(4).code()).isTrue();
        assertThat(runs.get(6).link()).isEqualTo("https://x.example/r");
        assertThat(InlineRuns.plain(runs)).isEqualTo("OUTAGE BEGINS on db-1, see pg_stat and the runbook");
    }

    @Test
    void anUnsafeLinkIsNotALinkAndAPictureIsNamed() {
        List<InlineRuns.Run> runs = InlineRuns.of("[click](javascript:alert(1)) ![graph](picture:g.png)");
        assertThat(runs.get(0).link()).isNull();
        assertThat(InlineRuns.plain(runs)).isEqualTo("click [picture: graph]");
    }

    @Test
    void aLeadingListMarkerStaysLiteralAsInThePdf() {
        assertThat(InlineRuns.plain(InlineRuns.of("1. Paged the DBA"))).isEqualTo("1. Paged the DBA");
        assertThat(InlineRuns.plain(InlineRuns.of("- rolled back"))).isEqualTo("- rolled back");
    }

    /** Generated fields: the plain text is Markdown's own, and a run's source place holds its text. */
    @Test
    void runsReadAsTheParseReadsAndPointAtTheirTextInTheSource() {
        String[] pieces = {"word", " ", "**", "*", "_", "`", "[", "](https://a.example)", "\\*", "&amp;", "<b>", "!", "é",
                "\n", "  ", "x_y", "~~", "OUTAGE"};
        Random random = new Random(120312L);
        for (int round = 0; round < 3_000; round++) {
            StringBuilder source = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                source.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = source.toString();
            List<InlineRuns.Run> runs = InlineRuns.of(text);
            if (!text.contains("![")) {
                // an image shows its address where it has no words, as in the PDF; the plain text has none
                assertThat(InlineRuns.plain(runs)).as(text).isEqualTo(Markdown.plainText(Markdown.parseInline(text)));
            }
            for (InlineRuns.Run run : runs) {
                if (run.sourceStart() >= 0) {
                    assertThat(text.substring(run.sourceStart(), run.sourceStart() + run.text().length()))
                            .as(text).isEqualTo(run.text());
                }
            }
            if (!InlineRuns.mayHaveMarkup(text)) {
                assertThat(InlineRuns.plain(runs)).as("shown as written: " + text).isEqualTo(text);
            }
        }
    }
}
