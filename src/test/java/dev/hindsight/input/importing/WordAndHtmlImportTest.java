package dev.hindsight.input.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.export.DocxExporter;
import dev.hindsight.export.ExportOptions;
import dev.hindsight.export.ExportProgress;
import dev.hindsight.export.HtmlExporter;
import dev.hindsight.export.ReportExporter;
import dev.hindsight.format.ReportReader;
import dev.hindsight.model.ActionItem;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Report;
import dev.hindsight.model.TimelineEntry;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Word document and an HTML page (our own exports, as Word and a wiki keep them) imported through the section reader. */
class WordAndHtmlImportTest {
    private static Path exported(ReportExporter exporter, Report report, Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(report, out, ExportOptions.defaults(), ExportProgress.NONE);
        return Files.write(dir.resolve("report." + exporter.extension()), out.toByteArray());
    }

    private static Report example() throws Exception {
        return new ReportReader().read(Path.of("docs/format/examples/database-vanished.postmortem.json")).report();
    }

    private static void assertTheExampleComesBack(Report back, Report original) {
        assertThat(back.title()).isEqualTo(original.title());
        assertThat(back.incidentId()).isEqualTo(original.incidentId());
        assertThat(back.severity()).isEqualTo(original.severity());
        assertThat(back.status()).isEqualTo(original.status());
        assertThat(back.timeline()).extracting(TimelineEntry::at)
                .containsExactlyElementsOf(original.timeline().stream().map(TimelineEntry::at).toList());
        assertThat(back.timeline()).extracting(TimelineEntry::kind)
                .containsExactlyElementsOf(original.timeline().stream().map(TimelineEntry::kind).toList());
        assertThat(back.timeline().get(3).kind()).isEqualTo(EntryKind.MISLEADING);
        assertThat(back.rootCause()).contains("DROP DATABASE");
        assertThat(back.resolution()).contains("Identified the accidental execution");
        assertThat(back.measures().actionItems()).extracting(ActionItem::title)
                .containsExactlyElementsOf(original.measures().actionItems().stream().map(ActionItem::title).toList());
        assertThat(back.measures().actionItems()).extracting(ActionItem::priority)
                .containsExactlyElementsOf(original.measures().actionItems().stream().map(ActionItem::priority).toList());
        assertThat(back.closingRemarks()).contains("Sincerely,");
    }

    @Test
    void ourWordExportImportsBackWithItsSectionsTimelineAndActionItems(@TempDir Path dir) throws Exception {
        Report original = example();
        ImportResult result = new Importer().importFile(exported(new DocxExporter(), original, dir));
        assertTheExampleComesBack(result.report(), original);
    }

    @Test
    void ourHtmlExportImportsBackWithItsSectionsTimelineAndActionItems(@TempDir Path dir) throws Exception {
        Report original = example();
        ImportResult result = new Importer().importFile(exported(new HtmlExporter(), original, dir));
        assertTheExampleComesBack(result.report(), original);
    }
}
