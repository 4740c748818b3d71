package dev.hindsight.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.model.Report;
import dev.hindsight.testing.Fixtures;
import dev.hindsight.testing.LargeReports;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports written to files: whole or not at all, cancellable, progress from 0 to 1, default names. */
class ExportFilesTest {
    @TempDir
    Path dir;

    private List<String> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesThePdfAndReportsProgressUpToOne() throws Exception {
        Path target = dir.resolve("report.pdf");
        List<Double> progress = new ArrayList<>();
        ExportResult result = new ExportFiles().write(new PdfExporter(), LargeReports.withEvents(400), target,
                ExportOptions.defaults(), progress::add);
        assertThat(new PdfFile(Files.readAllBytes(target)).pages).hasSize(result.pages());
        assertThat(progress).first().isEqualTo(0.0);
        assertThat(progress).last().isEqualTo(1.0);
        assertThat(progress).isSorted().hasSizeGreaterThan(4);
        assertThat(files()).containsExactly("report.pdf");
    }

    @Test
    void aCancelledExportLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path target = Files.writeString(dir.resolve("report.pdf"), "the previous export");
        Report large = LargeReports.withEvents(2000);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                new ExportFiles().write(new PdfExporter(), large, target, ExportOptions.defaults(), fraction -> {
                    if (fraction > 0.2) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (IOException | RuntimeException e) {
                failure.set(e);
            }
        });
        worker.start();
        worker.join();
        assertThat(failure.get()).isInstanceOf(InterruptedIOException.class).hasMessage("export cancelled");
        assertThat(Files.readString(target)).isEqualTo("the previous export");
        assertThat(files()).containsExactly("report.pdf");
    }

    @Test
    void aFailingExportLeavesNothingBehind() {
        Path target = dir.resolve("new.pdf");
        ReportExporter failing = new ReportExporter() {
            @Override
            public ExportResult export(Report report, java.io.OutputStream out, ExportOptions options,
                                       ExportProgress progress) throws IOException {
                out.write("%PDF-1.4 half a file".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                throw new IOException("disk full");
            }

            @Override
            public String extension() {
                return "pdf";
            }
        };
        assertThatThrownBy(() -> new ExportFiles().write(failing, Report.blank(), target, ExportOptions.defaults(),
                ExportProgress.NONE)).hasMessageEndingWith("new.pdf: disk full");
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void theDefaultTargetIsNextToTheInputWithoutItsReportSuffix() {
        Path folder = Path.of("reports");
        assertThat(ExportFiles.defaultTarget(folder.resolve("db.postmortem.json"), "pdf"))
                .isEqualTo(folder.resolve("db.pdf"));
        assertThat(ExportFiles.defaultTarget(folder.resolve("db.JSON"), "md")).isEqualTo(folder.resolve("db.md"));
        assertThat(ExportFiles.defaultTarget(folder.resolve("notes.txt"), "pdf")).isEqualTo(folder.resolve("notes.txt.pdf"));
        assertThat(ExportFiles.defaultTarget(Path.of(".json"), "pdf")).isEqualTo(Path.of(".json.pdf"));
    }

    @Test
    void theExampleAsMarkdownFile() throws Exception {
        Path target = dir.resolve("example.md");
        ExportResult result = new ExportFiles().write(new MarkdownExporter(),
                ExportTesting.report(Fixtures.EXAMPLE), target, ExportOptions.defaults(), ExportProgress.NONE);
        assertThat(result.pages()).isZero();
        assertThat(Files.readString(target)).startsWith("# Database Vanished\n");
    }

    @Test
    void anExportNeverWritesOverAReport() throws Exception {
        Path report = Fixtures.copy(Fixtures.EXAMPLE, dir);
        byte[] before = Files.readAllBytes(report);
        assertThatThrownBy(() -> new ExportFiles().write(new MarkdownExporter(), Report.blank(), report,
                ExportOptions.defaults(), ExportProgress.NONE))
                .isInstanceOf(java.nio.file.FileSystemException.class)
                .hasMessageContaining("this is a Hindsight report; an export never writes over a report");
        assertThat(Files.readAllBytes(report)).isEqualTo(before);
        assertThat(files()).containsExactly(report.getFileName().toString());
        Path notes = Files.writeString(dir.resolve("notes.md"), "{\"format\": \"something else\"}");
        new ExportFiles().write(new MarkdownExporter(), Report.blank(), notes, ExportOptions.defaults(),
                ExportProgress.NONE);
        assertThat(Files.readString(notes)).doesNotContain("something else");
    }
}
