package dev.hindsight.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.model.Report;
import org.junit.jupiter.api.Test;

/** The Markdown-heavy fixture in the PDF: every construct rendered, raw HTML as text, only safe links clickable. */
class PdfMarkdownTest {
    private static final Report REPORT = ExportTesting.report(ExportTesting.MARKDOWN_HEAVY);
    private static final PdfFile PDF = ExportTesting.pdf(REPORT).pdf();

    @Test
    void markupIsRenderedNotShown() {
        String text = PDF.flatText();
        assertThat(text).contains("The primary cause was a race between two cron jobs",
                "What went wrong", "Sequence", "Details of the lock",
                "1. Job A starts at 02:00", "takes the lock", "1. first half", "2. second half",
                "B ignored the lock because of a stale PID file.",
                "flock -n /var/lock/job.lock", "indented code block",
                "Job Start Result | notes", "ok|fine",
                "Quote level one", "Nested quote with a list:", "one", "two");
        assertThat(text).doesNotContain("**primary**", "```", "## Sequence", "> B ignored");
    }

    @Test
    void lineBreaksAreKept() {
        assertThat(PDF.text()).contains("Line with a hard break\ncontinues here, and a backslash break\ntoo.");
    }

    @Test
    void rawHtmlIsShownAsText() {
        assertThat(PDF.flatText()).contains("<div class=\"warning\"><script>alert(\"pwned\")</script></div>",
                "Inline <b>bold tag</b> and <img src=x onerror=alert(1)> are literal.",
                "restarted it <b>for nothing</b>", "Thanks to everyone who helped. <i>Really.</i>");
    }

    @Test
    void onlyHttpHttpsAndMailtoLinksAreClickable() {
        assertThat(PDF.links).contains("https://wiki.example.com/runbook", "mailto:ops@example.com",
                "https://pd.example.com/i/123", "https://tracker.example.com/JOB-1");
        assertThat(PDF.links).allSatisfy(link -> assertThat(link).matches("(https?|mailto):.*"));
        assertThat(PDF.flatText()).contains("A bad link must not be clickable, nor this one.",
                "javascript:alert(1)");
    }

    @Test
    void inlineFieldsKeepBlockMarkersLiteral() {
        assertThat(PDF.flatText()).contains("1. Found two PIDs in /var/run/job.pid - not a list, literal",
                "Alert job_lag > 30m fired | paged on-call", "time not known");
    }
}
