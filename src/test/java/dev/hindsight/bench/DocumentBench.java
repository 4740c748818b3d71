package dev.hindsight.bench;

import dev.hindsight.export.ExportFiles;
import dev.hindsight.export.ExportOptions;
import dev.hindsight.export.ExportProgress;
import dev.hindsight.export.ExportResult;
import dev.hindsight.export.MarkdownExporter;
import dev.hindsight.export.PdfExporter;
import dev.hindsight.export.ReportExporter;
import dev.hindsight.format.ReportFiles;
import dev.hindsight.model.Report;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A benchmark JVM for one operation on one report, as the window and the command line do it:
 * {@code open} (read and build the model), {@code save} (stamp, encode, atomic write),
 * {@code pdf} and {@code md} (export to a file). Arguments: operation, report file, warm-ups,
 * runs, a scratch folder.
 */
public final class DocumentBench {
    private DocumentBench() {
    }

    public static void main(String[] args) throws Exception {
        String operation = args[0];
        Path file = Path.of(args[1]);
        int warmups = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        Path scratch = Files.createDirectories(Path.of(args[4]));
        ReportFiles files = new ReportFiles();
        Report report = files.open(file).report();
        Trial.Work work;
        switch (operation) {
            case "open":
                work = () -> files.open(file).report().timeline().size() + " events";
                break;
            case "save":
                Path saved = scratch.resolve("saved.postmortem.json");
                work = () -> {
                    files.save(report, report, saved);
                    return Files.size(saved) / 1024 + " KB";
                };
                break;
            case "pdf":
                work = () -> export(new PdfExporter(), report, scratch.resolve("out.pdf"));
                break;
            case "md":
                work = () -> export(new MarkdownExporter(), report, scratch.resolve("out.md"));
                break;
            default:
                throw new IllegalArgumentException("unknown operation " + operation);
        }
        Trial.print(Trial.measure(warmups, runs, work));
    }

    private static String export(ReportExporter exporter, Report report, Path target) throws Exception {
        ExportResult result = new ExportFiles().write(exporter, report, target, ExportOptions.defaults(),
                ExportProgress.NONE);
        String size = Files.size(target) / 1024 + " KB";
        return result.pages() > 0 ? result.pages() + " pages, " + size : size;
    }
}
