package dev.hindsight.export;

import dev.hindsight.format.AtomicFileWriter;
import dev.hindsight.model.Report;
import java.io.IOException;
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
        Logger log = Logger.getLogger(ExportFiles.class.getName());
        log.info(() -> "exporting " + exporter.extension() + " to " + target);
        long start = System.nanoTime();
        ExportResult[] result = new ExportResult[1];
        try {
            writer.write(target, out -> result[0] = exporter.export(report, out, options, progress));
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
