package dev.hindsight.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.Version;
import dev.hindsight.model.ActionItem;
import dev.hindsight.model.Report;
import dev.hindsight.model.ReportStatus;
import dev.hindsight.model.TimelineEntry;
import dev.hindsight.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The PDF of the example report, read back as a reader would: text, outline, fonts, metadata, pages. */
class PdfExporterTest {
    private static final Report EXAMPLE = ExportTesting.report(Fixtures.EXAMPLE);
    private static final ExportTesting.Exported EXPORTED = ExportTesting.pdf(EXAMPLE);
    private static final PdfFile PDF = EXPORTED.pdf();

    @Test
    void whatTheCommandLinePreparesOnItsSecondThreadCanBePrepared() throws Exception {
        // It runs on a daemon thread whose failure only reaches the log: a throwaway document once
        // failed there (closed without being opened), and the fonts were never read ahead.
        PdfExporter.prepare();
    }

    @Test
    void pageOneTellsWhatHappenedAtAGlance() {
        String page1 = PdfFile.flat(PDF.pages.get(0));
        assertThat(page1).contains("POSTMORTEM · INC-2024-0610", "SEV1", "FINAL", "Database Vanished",
                "The DevOps Team · 10 June 2024", "At a glance",
                "10 Jun 2024 11:00–13:00 UTC",
                "Duration", "2 h 00 min", "Time to detect", "0 min", "Time to respond", "5 min",
                "Time to mitigate", "1 h 30 min", "Time to resolve",
                "Users affected", "100 %",
                "Our entire database vanished into thin air",
                "A junior developer accidentally executed a command that deleted the entire production database.",
                "4 open · 0 in progress · 0 done",
                "P1 Update access controls — no owner, no due date",
                "P1 Implement command confirmation — no owner, no due date");
        assertThat(page1).as("P2 and P3 items are not listed as urgent").doesNotContain("P2 Enhance backup");
    }

    @Test
    void everySectionIsThereInOrderAndInTheOutline() {
        String text = PDF.flatText();
        List<String> headings = List.of("Timeline", "Root Cause", "Resolution and Recovery",
                "Corrective and Preventative Measures", "Action items", "Closing Remarks");
        int last = -1;
        for (String heading : headings) {
            int at = text.indexOf(heading + " ", last + 1);
            assertThat(at).as(heading + " after the previous section").isGreaterThan(last);
            last = at;
        }
        assertThat(PDF.outline).containsExactly("Issue Summary", "Timeline", "Root Cause", "Resolution and Recovery",
                "Corrective and Preventative Measures", "  Action items", "Closing Remarks");
    }

    @Test
    void everyTimelineEventAndActionItemIsInTheText() {
        String text = PDF.flatText();
        for (TimelineEntry entry : EXAMPLE.timeline()) {
            assertThat(text).contains(entry.text());
        }
        assertThat(text).contains("2024-06-10 11:00", "2024-06-10 13:00", "▲ Misleading", "11 events, times in UTC");
        for (ActionItem item : EXAMPLE.measures().actionItems()) {
            assertThat(text).contains(item.title());
        }
        assertThat(text).contains("Increase the frequency of database backups", "DROP DATABASE", "Sincerely,");
    }

    @Test
    void everyPageHasTheFooterAndTheCountMatches() {
        assertThat(EXPORTED.result().pages()).isEqualTo(PDF.pages.size()).isBetween(2, 4);
        for (int i = 0; i < PDF.pages.size(); i++) {
            assertThat(PDF.pages.get(i)).contains("Database Vanished", "Internal",
                    "Page " + (i + 1) + " of " + PDF.pages.size());
        }
    }

    @Test
    void fontsAreEmbeddedAndMetadataIsSet() {
        assertThat(PDF.fonts).isNotEmpty().allSatisfy(f -> assertThat(f).contains("DejaVuSans"));
        assertThat(PDF.fontsEmbedded).containsOnly(true);
        assertThat(PDF.title).isEqualTo("Database Vanished");
        assertThat(PDF.author).isEqualTo("The DevOps Team");
        assertThat(PDF.subject).isEqualTo("Postmortem INC-2024-0610, SEV1, Final");
        assertThat(PDF.creator).isEqualTo("Hindsight " + Version.get());
        assertThat(PDF.created).isNotNull();
        assertThat(PDF.created.toInstant()).isBetween(java.time.Instant.now().minusSeconds(600), java.time.Instant.now());
        assertThat(EXPORTED.result().missing()).isEmpty();
    }

    @Test
    void aFinalReportHasNoWatermarkAndADraftHasOne() {
        // The watermark is drawn diagonally; text extraction may cut it, so compare without white space.
        assertThat(PDF.text().replaceAll("\\s", "")).doesNotContain("DRAFT");
        PdfFile draft = ExportTesting.pdf(EXAMPLE.withStatus(ReportStatus.DRAFT)).pdf();
        for (String page : draft.pages) {
            assertThat(page.replaceAll("\\s", "")).contains("DRAFT");
        }
        assertThat(ExportTesting.pdf(EXAMPLE.withStatus(ReportStatus.IN_REVIEW)).pdf().text().replaceAll("\\s", ""))
                .contains("DRAFT");
    }

    @Test
    void pageSizeIsA4OrLetter() {
        assertThat(PDF.mediaBox.getWidth()).isEqualTo(595, org.assertj.core.data.Offset.offset(1f));
        assertThat(PDF.mediaBox.getHeight()).isEqualTo(842, org.assertj.core.data.Offset.offset(1f));
        PdfFile letter = ExportTesting.export(new PdfExporter(), EXAMPLE, new ExportOptions(PageSize.LETTER)).pdf();
        assertThat(letter.mediaBox.getWidth()).isEqualTo(612, org.assertj.core.data.Offset.offset(1f));
        assertThat(letter.mediaBox.getHeight()).isEqualTo(792, org.assertj.core.data.Offset.offset(1f));
    }

    @Test
    void anEmptyReportStillExportsAndSaysWhatIsMissing() {
        ExportTesting.Exported blank = ExportTesting.pdf(Report.blank());
        PdfFile pdf = blank.pdf();
        assertThat(pdf.text().replaceAll("\\s", "")).contains("DRAFT");
        assertThat(pdf.flatText()).contains("Untitled postmortem", "Window not set", "none yet",
                "Not written yet.");
        assertThat(pdf.outline).contains("Timeline", "Root Cause");
        assertThat(blank.result().pages()).isEqualTo(pdf.pages.size());
    }

    @Test
    void theWindowIsShownInTheReportZoneAndInUtc() {
        Report paris = EXAMPLE.withTimeZone("Europe/Paris");
        String text = ExportTesting.pdf(paris).pdf().flatText();
        assertThat(text).contains("10 Jun 2024 13:00–15:00 Europe/Paris (UTC+02:00)",
                "10 Jun 2024 11:00–13:00 UTC", "2024-06-10 13:00", "times in Europe/Paris (UTC+02:00)");
    }
}
