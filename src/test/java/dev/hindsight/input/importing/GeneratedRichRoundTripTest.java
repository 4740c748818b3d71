package dev.hindsight.input.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.export.DocxExporter;
import dev.hindsight.export.ExportOptions;
import dev.hindsight.export.ExportProgress;
import dev.hindsight.export.HtmlExporter;
import dev.hindsight.export.ReportExporter;
import dev.hindsight.model.ActionItem;
import dev.hindsight.model.Report;
import dev.hindsight.model.TimelineEntry;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated reports (the seeds of {@link GeneratedRoundTripTest}) exported to HTML and to Word and
 * imported back: the facts, the timeline's times and kinds and the action items come back.
 */
class GeneratedRichRoundTripTest {
    private static void roundTrip(ReportExporter exporter, Path dir) throws Exception {
        for (long seed = 1; seed <= 30; seed++) {
            Report original = GeneratedRoundTripTest.generate(seed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.export(original, out, ExportOptions.defaults(), ExportProgress.NONE);
            Path file = Files.write(dir.resolve("r" + seed + "." + exporter.extension()), out.toByteArray());
            Report back = new Importer().importFile(file).report();
            String as = "seed " + seed + " through " + exporter.extension();
            assertThat(back.title()).as(as).isEqualTo(original.title());
            assertThat(back.incidentId()).as(as).isEqualTo(original.incidentId());
            assertThat(back.severity()).as(as).isEqualTo(original.severity());
            assertThat(back.status()).as(as).isEqualTo(original.status());
            assertThat(back.authors()).as(as).isEqualTo(original.authors());
            assertThat(back.timeZone()).as(as).isEqualTo(original.timeZone());
            assertThat(back.timeline()).as(as).extracting(TimelineEntry::at)
                    .containsExactlyElementsOf(original.timeline().stream().map(TimelineEntry::at).toList());
            assertThat(back.timeline()).as(as).extracting(TimelineEntry::kind)
                    .containsExactlyElementsOf(original.timeline().stream().map(TimelineEntry::kind).toList());
            assertThat(back.measures().actionItems()).as(as).extracting(ActionItem::title).containsExactlyElementsOf(
                    original.measures().actionItems().stream().map(ActionItem::title).toList());
            assertThat(back.measures().actionItems()).as(as).extracting(ActionItem::priority).containsExactlyElementsOf(
                    original.measures().actionItems().stream().map(ActionItem::priority).toList());
        }
    }

    @Test
    void thirtyGeneratedReportsComeBackThroughHtml(@TempDir Path dir) throws Exception {
        roundTrip(new HtmlExporter(), dir);
    }

    @Test
    void thirtyGeneratedReportsComeBackThroughWord(@TempDir Path dir) throws Exception {
        roundTrip(new DocxExporter(), dir);
    }
}
