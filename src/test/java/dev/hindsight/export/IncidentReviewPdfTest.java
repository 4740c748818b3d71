package dev.hindsight.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.library.Library;
import dev.hindsight.library.LibraryLoader;
import dev.hindsight.library.LibraryProgress;
import dev.hindsight.library.Quarter;
import dev.hindsight.library.QuarterReview;
import dev.hindsight.testing.SmallLibrary;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quarter's incident review of the small library, read back as its reader sees it. */
class IncidentReviewPdfTest {
    @TempDir
    Path dir;

    private PdfFile review(String quarter, ExportOptions options) throws Exception {
        Library library = new LibraryLoader(null).load(List.of(SmallLibrary.copyTo(dir)), LibraryProgress.NONE);
        QuarterReview review = QuarterReview.of("reports", library.entries(), Quarter.parse(quarter),
                LocalDate.of(2024, 7, 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportResult result = new IncidentReviewPdf().export(review, out, options);
        PdfFile pdf = new PdfFile(out.toByteArray());
        assertThat(pdf.pages).hasSize(result.pages());
        return pdf;
    }

    @Test
    void theQuarterHasItsFiguresChartsReportsAndOverdueItems() throws Exception {
        PdfFile pdf = review("2024-Q2", ExportOptions.defaults());
        assertThat(pdf.title).isEqualTo("Incident review 2024-Q2 \u00b7 reports");
        String all = String.join("\n", pdf.pages);
        assertThat(pdf.pages.get(0)).contains("Incident review 2024-Q2");
        // The quarter's reports, and none from another quarter.
        assertThat(all).contains("Checkout failed", "Login slow", "Search returned nothing", "Nightly batch late",
                "Disk almost full");
        // The report of another quarter is named once: beside its overdue item, not among the quarter's reports.
        assertThat(all.split("R\u00e9veillon", -1)).hasSize(2);
        // The charts are vectors: their labels are text.
        assertThat(all).contains("2024-04", "2024-05", "2024-06", "median");
        // Overdue on the day of the export across the view, the Q1 report's item included.
        assertThat(all).contains("Keep the session cache across deploys", "Automate certificate renewal",
                "Dimensionner la file").doesNotContain("Retry the batch automatically", "Write the runbook");
        assertThat(pdf.mediaBox.getWidth()).isEqualTo(com.lowagie.text.PageSize.A4.getWidth());
        // Counts step by whole numbers: the month chart (at most 2 a month) once read 0, 0.5, 1, 1.5, 2.
        assertThat(pdf.pages.get(0).lines()).contains("incidents", "2").doesNotContain("0.5", "1.5");
    }

    @Test
    void aQuarterWithOneReportAndTheLetterSize() throws Exception {
        // Started on 1 January at 02:00 UTC, that is on 31 December in its own time zone (New York).
        PdfFile pdf = review("2023-Q4", new ExportOptions(PageSize.LETTER));
        String all = String.join("\n", pdf.pages);
        assertThat(all).contains("R\u00e9veillon: la file d'attente a").doesNotContain("Search returned nothing", "Disk almost full");
        assertThat(pdf.mediaBox.getWidth()).isEqualTo(com.lowagie.text.PageSize.LETTER.getWidth());
    }
}
