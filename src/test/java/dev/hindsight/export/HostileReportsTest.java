package dev.hindsight.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.format.RandomReports;
import dev.hindsight.model.Report;
import org.junit.jupiter.api.Test;

/** Reports with odd content (control characters, lone surrogates, unknown codes, any script) still export. */
class HostileReportsTest {
    @Test
    void randomReportsExportToBothFormats() {
        RandomReports random = new RandomReports(20261124);
        for (int i = 0; i < 20; i++) {
            Report report = random.next();
            ExportTesting.Exported pdf = ExportTesting.pdf(report);
            assertThat(pdf.pdf().pages).as("report %d", i).hasSize(pdf.result().pages());
            assertThat(ExportTesting.markdown(report).markdown()).startsWith("# ");
        }
    }

    @Test
    void aLoneSurrogateIsReportedNotDropped() {
        Report report = ExportTesting.report("odd/lone-surrogate.json");
        ExportResult result = ExportTesting.pdf(report).result();
        assertThat(result.missing()).anySatisfy(m -> assertThat(Character.isSurrogate((char) m.codePoint())).isTrue());
    }

    @Test
    void unknownValuesAreShownAsWritten() {
        Report report = ExportTesting.report("odd/unknown-everywhere.json");
        PdfFile pdf = ExportTesting.pdf(report).pdf();
        assertThat(pdf.flatText()).contains("sev1", "ACKNOWLEDGED", "● acknowledged", "blocked");
        assertThat(pdf.text().replaceAll("\\s", "")).as("not final, so a draft").contains("DRAFT");
        assertThat(ExportTesting.markdown(report).markdown()).contains("**sev1**", "⬜ acknowledged", "| blocked |");
    }
}
