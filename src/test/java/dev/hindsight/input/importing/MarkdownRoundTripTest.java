package dev.hindsight.input.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.export.ExportOptions;
import dev.hindsight.export.ExportProgress;
import dev.hindsight.export.MarkdownExporter;
import dev.hindsight.format.ReportReader;
import dev.hindsight.model.Report;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The Markdown export imported again gives the report back: every part the Markdown carries. */
class MarkdownRoundTripTest {
    static String markdown(Report report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarkdownExporter().export(report, out, ExportOptions.defaults(), ExportProgress.NONE);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What the Markdown export does not carry: when the file was created and last saved. */
    static Report comparable(Report report) {
        return report.withCreatedAt(null).withUpdatedAt(null);
    }

    private static Report example() throws Exception {
        return new ReportReader().read(Path.of("docs/format/examples/database-vanished.postmortem.json")).report();
    }

    @Test
    void theExampleReportComesBackTheSame() throws Exception {
        Report original = example();
        ImportResult imported = new Importer().importText(markdown(original));
        assertThat(imported.report()).isEqualTo(comparable(original));
        assertThat(imported.notes()).isEmpty();
    }

    @Test
    void theExampleInAnotherZoneComesBackTheSame() throws Exception {
        Report original = example().withTimeZone("Europe/Paris").withStatus(dev.hindsight.model.ReportStatus.IN_REVIEW)
                .withConfidentiality("Company confidential");
        Report back = new Importer().importText(markdown(original)).report();
        assertThat(back).isEqualTo(comparable(original));
        assertThat(back.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
    }
}
