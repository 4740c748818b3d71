package dev.hindsight.export;

import dev.hindsight.format.AtomicFileWriter;
import dev.hindsight.format.ReportFiles;
import dev.hindsight.model.Report;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Writes an export to a file atomically: whole or not at all, never half a PDF. */
public final class ExportFiles {
    private final AtomicFileWriter writer;

    public ExportFiles() {
        this(new AtomicFileWriter());
    }

    public ExportFiles(AtomicFileWriter writer) {
        this.writer = writer;
    }

    /**
     * Exports to {@code target} through a temporary file in the same folder, moved over the
     * target only once the export is complete; on failure or cancellation the target is
     * untouched and no temporary file remains.
     */
    public ExportResult write(ReportExporter exporter, Report report, Path target, ExportOptions options,
                              ExportProgress progress) throws IOException {
        if (ReportFiles.isReport(target)) {
            throw new FileSystemException(target.toString(), null,
                    "this is a Hindsight report; an export never writes over a report: choose another name");
        }
        Logger log = Logger.getLogger(ExportFiles.class.getName());
        log.info(() -> "exporting " + exporter.extension() + " to " + target);
        long start = System.nanoTime();
        ExportOptions forTarget = options.forTarget(target);
        ExportResult[] result = new ExportResult[1];
        try {
            List<String> attached = attach(exporter.attachments(report, forTarget), target, forTarget);
            writer.write(target, out -> result[0] = exporter.export(report, out, forTarget, progress)
                    .withAttachments(attached));
        } catch (IOException | RuntimeException e) {
            log.log(Level.WARNING, "export to " + target + " failed or was cancelled", e);
            throw e;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        log.info(() -> String.format(Locale.ROOT, "exported %s: %,d bytes%s in %d ms", target, target.toFile().length(),
                result[0].pages() > 0 ? ", " + result[0].pages() + " pages," : "", millis));
        return result[0];
    }

    /**
     * Writes the files that go beside the document, each atomically, into its folder (made when
     * missing), before the document, so the document never links to what is not there. A name
     * is a plain file name ({@link ExportAttachment}) and is checked again to stay in the folder.
     */
    private List<String> attach(List<ExportAttachment> files, Path target, ExportOptions options) throws IOException {
        if (files.isEmpty()) {
            return List.of();
        }
        Path folder = target.toAbsolutePath().resolveSibling(options.picturesFolder()).normalize();
        Files.createDirectories(folder);
        List<String> written = new ArrayList<>();
        for (ExportAttachment file : files) {
            ExportProgress.checkCancelled();
            Path path = folder.resolve(file.fileName()).normalize();
            if (!folder.equals(path.getParent())) {
                throw new FileSystemException(path.toString(), null, "a picture's file would leave " + folder);
            }
            if (ReportFiles.isReport(path)) {
                throw new FileSystemException(path.toString(), null, "this is a Hindsight report; an export never "
                        + "writes over a report: move it, or export under another name");
            }
            writer.write(path, file.bytes());
            written.add(options.picturesFolder() + "/" + file.fileName());
        }
        return written;
    }

    /**
     * Where an export of {@code input} goes by default: next to it, named as it is without
     * {@code .postmortem.json} or {@code .json}, with the exporter's extension.
     */
    public static Path defaultTarget(Path input, String extension) {
        String name = input.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String suffix : new String[] {".postmortem.json", ".json"}) {
            if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
                name = name.substring(0, name.length() - suffix.length());
                break;
            }
        }
        return input.resolveSibling(name + "." + extension);
    }
}
