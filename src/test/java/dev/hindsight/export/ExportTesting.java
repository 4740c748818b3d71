package dev.hindsight.export;

import dev.hindsight.format.ReportFormatException;
import dev.hindsight.format.ReportReader;
import dev.hindsight.model.Report;
import dev.hindsight.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Fixtures read as reports and exported in memory. */
final class ExportTesting {
    static final String MULTILINGUAL = "multilingual.postmortem.json";
    static final String MARKDOWN_HEAVY = "markdown-heavy.postmortem.json";

    private ExportTesting() {
    }

    static Report report(String fixture) {
        try {
            return new ReportReader().read(Fixtures.path(fixture)).report();
        } catch (ReportFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    record Exported(ExportResult result, byte[] bytes) {
        PdfFile pdf() {
            return new PdfFile(bytes);
        }

        String markdown() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    static Exported export(ReportExporter exporter, Report report, ExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ExportResult result = exporter.export(report, out, options, ExportProgress.NONE);
            return new Exported(result, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Exported pdf(Report report) {
        return export(new PdfExporter(), report, ExportOptions.defaults());
    }

    static Exported markdown(Report report) {
        return export(new MarkdownExporter(), report, ExportOptions.defaults());
    }
}
