package dev.hindsight.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.comments.Comments;
import dev.hindsight.model.CommentReply;
import dev.hindsight.model.Extras;
import dev.hindsight.model.Report;
import dev.hindsight.testing.Fixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Review comments reach a PDF or Markdown document only when asked, at the end, as plain text. */
class CommentsExportTest {
    private static final Instant AT = Instant.parse("2024-06-12T09:15:00Z");

    private static Report commented() {
        Report r = ExportTesting.report(Fixtures.EXAMPLE);
        int at = r.rootCause().indexOf("junior developer");
        Report with = Comments.add(r, Comments.onWords(r, "a2b3c4d5", "Rita Reviewer", AT,
                "Blameless please: name the safeguard, not the person.", "rootCause", at, at + 16));
        with = Comments.reply(with, "a2b3c4d5", new CommentReply("Sam Author", AT.plusSeconds(600),
                "Agreed, rewording.", Extras.NONE));
        return Comments.add(with, Comments.onPlace(with, "x7y8z9ab", "Kim", AT, "[click](javascript:alert(1)) *bold*",
                "resolution"));
    }

    @Test
    void markdownLeavesCommentsOutUnlessAsked() {
        Report r = commented();
        String plain = ExportTesting.markdown(r).markdown();
        assertThat(plain).doesNotContain("Review Comments", "Blameless please", "Rita Reviewer");
        String with = ExportTesting.export(new MarkdownExporter(), r, ExportOptions.defaults().withComments(true))
                .markdown();
        assertThat(with).contains("## Review Comments",
                "- **Rita Reviewer** \u00b7 2024-06-12 09:15 UTC \u00b7 open \u00b7 on \u201cjunior developer\u201d in rootCause",
                "Blameless please: name the safeguard, not the person.",
                "  - **Sam Author** \u00b7 2024-06-12 09:25 UTC: Agreed, rewording.");
        assertThat(with).as("a comment is plain text, never a link or emphasis")
                .contains("\\[click\\](javascript:alert(1)) \\*bold\\*");
        assertThat(with.indexOf("## Review Comments")).isGreaterThan(with.indexOf("## Corrective"));
    }

    @Test
    void pdfLeavesCommentsOutUnlessAsked() {
        Report r = commented();
        PdfFile plain = ExportTesting.pdf(r).pdf();
        assertThat(String.join("\n", plain.pages)).doesNotContain("Blameless please", "Rita Reviewer");
        assertThat(plain.outline).doesNotContain("Review Comments");
        PdfFile with = ExportTesting.export(new PdfExporter(), r, ExportOptions.defaults().withComments(true)).pdf();
        String text = PdfFile.flat(String.join("\n", with.pages));
        assertThat(text).contains("Blameless please: name the safeguard, not the person.", "Rita Reviewer",
                "Agreed, rewording.", "[click](javascript:alert(1)) *bold*");
        assertThat(with.outline).contains("Review Comments");
        assertThat(with.links).as("no link from a comment").noneMatch(l -> l.startsWith("javascript"));
    }

    @Test
    void aReportWithoutCommentsHasNoSectionEvenWhenAsked() {
        Report r = ExportTesting.report(Fixtures.EXAMPLE);
        String md = ExportTesting.export(new MarkdownExporter(), r, ExportOptions.defaults().withComments(true))
                .markdown();
        assertThat(md).doesNotContain("Review Comments");
    }
}
