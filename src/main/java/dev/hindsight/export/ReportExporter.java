package dev.hindsight.export;

import dev.hindsight.model.Report;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A renderer of a whole report into one output format, like commonmark-java's renderers: it
 * reads the model only, writes to a stream it does not close, and may run on any thread.
 */
public interface ReportExporter {
    /**
     * Writes {@code report} to {@code out}. Throws {@link java.io.InterruptedIOException} when
     * the calling thread is interrupted (the export was cancelled); what was written is then
     * incomplete, which is why {@link ExportFiles} writes through a temporary file.
     */
    ExportResult export(Report report, OutputStream out, ExportOptions options, ExportProgress progress)
            throws IOException;

    /** The file name extension of this format, without the dot: {@code pdf}, {@code md}. */
    String extension();

    /**
     * The files that go beside the document in {@link ExportOptions#picturesFolder()} (the
     * pictures a Markdown document links to), which {@link ExportFiles} writes before the
     * document; none for a format that holds everything itself.
     */
    default java.util.List<ExportAttachment> attachments(Report report, ExportOptions options) {
        return java.util.List.of();
    }
}
