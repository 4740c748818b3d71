package dev.hindsight.ui.writing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.check.Finding;
import dev.hindsight.check.FindingSeverity;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LinePiecesTest {
    private static Finding spelling(String field, int start, int end) {
        return Finding.inText("spelling", FindingSeverity.WARNING, "timeline[0].text", field, start, end, "?", List.of());
    }

    @Test
    void aFindingAndAHighlightOverlappingCutTheRunAtEveryEdge() {
        String field = "**Teh** outage begins";
        List<InlineRuns.Run> runs = InlineRuns.of(field);
        List<LinePieces.Piece> pieces = LinePieces.of(runs, List.of(spelling(field, 2, 5)),
                List.of(new Highlight(4, 14, "find"), new Highlight(8, 11, "find-current")));
        assertThat(pieces).extracting(LinePieces.Piece::text)
                .containsExactly("Te", "h", " ", "out", "age", " begins");
        assertThat(pieces).extracting(LinePieces.Piece::rule)
                .containsExactly("spelling", "spelling", null, null, null, null);
        assertThat(pieces).extracting(LinePieces.Piece::highlight)
                .containsExactly(null, "find", "find", "find-current", "find", null);
        assertThat(pieces.get(0).run().bold()).isTrue();
        assertThat(pieces.get(2).run().bold()).isFalse();
    }

    @Test
    void aRunNotStandingInTheSourceIsNotCutAndAMarkNeverSplitsASurrogatePair() {
        List<InlineRuns.Run> escaped = InlineRuns.of("a \\* b");
        assertThat(LinePieces.of(escaped, List.of(), List.of(new Highlight(0, 6, "find"))))
                .allSatisfy(p -> assertThat(p.run().sourceStart() >= 0 || p.highlight() == null).isTrue());
        String field = "deploy \uD83D\uDE80 done";
        List<LinePieces.Piece> pieces = LinePieces.of(InlineRuns.of(field), List.of(), List.of(new Highlight(8, 12, "comment")));
        assertThat(pieces).allSatisfy(p -> assertThat(Character.isLowSurrogate(p.text().charAt(0))).isFalse());
        assertThat(String.join("", pieces.stream().map(LinePieces.Piece::text).toList())).isEqualTo(field);
    }

    /** Whatever the marks, the pieces read as the runs, in order, and each piece's marks cover it. */
    @Test
    void generatedMarksKeepTheTextAndMarkOnlyWhatTheyCover() {
        Random random = new Random(20261202);
        String alphabet = "ab *_`é\uD83D\uDE80";
        for (int round = 0; round < 500; round++) {
            StringBuilder field = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                field.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = field.toString();
            List<InlineRuns.Run> runs = InlineRuns.of(text);
            List<Highlight> highlights = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                int start = random.nextInt(text.length() + 1);
                highlights.add(new Highlight(start, start + random.nextInt(text.length() - start + 1), "find"));
            }
            List<LinePieces.Piece> pieces = LinePieces.of(runs, List.of(), highlights);
            assertThat(String.join("", pieces.stream().map(LinePieces.Piece::text).toList()))
                    .as(text).isEqualTo(InlineRuns.plain(runs));
            for (InlineRuns.Run run : runs) {
                int at = run.sourceStart();
                for (LinePieces.Piece p : pieces.stream().filter(p -> p.run() == run).toList()) {
                    if (p.highlight() != null) {
                        int start = at;
                        assertThat(highlights).as(text).anyMatch(h -> h.start() <= start && h.end() >= start + p.text().length());
                    }
                    at += p.text().length();
                }
            }
        }
    }
}
