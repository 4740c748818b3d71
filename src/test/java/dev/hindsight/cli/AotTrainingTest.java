package dev.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.format.ReportReader;
import dev.hindsight.model.Report;
import dev.hindsight.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training run of the command line's ahead-of-time cache runs the real commands: what it
 * exports is the report, and a report the commands refuse is a failed training, said by name
 * (the install script then makes no cache rather than one of the error path).
 */
class AotTrainingTest {
    @TempDir
    Path dir;

    @Test
    void runsEveryCommandOnTheReportAndWritesItsExports() throws Exception {
        Path scratch = dir.resolve("out");

        List<String> failed = AotTraining.run(Fixtures.path(Fixtures.EXAMPLE).toString(), scratch);

        assertThat(failed).isEmpty();
        try (PDDocument pdf = Loader.loadPDF(scratch.resolve("training.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Database Vanished");
        }
        assertThat(Files.readString(scratch.resolve("training.md"))).startsWith("# Database Vanished");
        // the long report: past check's parallel threshold, exported in a batch like CI's
        Report example = new ReportReader().read(Fixtures.path(Fixtures.EXAMPLE)).report();
        Report long1000 = new ReportReader().read(scratch.resolve("long.postmortem.json")).report();
        assertThat(long1000.timeline()).hasSize(AotTraining.LONG_EVENTS);
        assertThat(long1000.timeline().get(example.timeline().size()).text()).isEqualTo(example.timeline().get(0).text());
        try (var batch = Files.list(scratch.resolve("batch"))) {
            assertThat(batch.map(p -> p.getFileName().toString())).contains("long.pdf", "long.md", "long.html");
        }
    }

    @Test
    void aReportTheCommandsRefuseIsAFailedTraining() throws Exception {
        List<String> failed = AotTraining.run(Fixtures.path("broken/bad-date.json").toString(), dir.resolve("out"));

        assertThat(failed).contains("validate (exit 1)", "export (exit 1)");
        assertThat(dir.resolve("out/training.pdf")).doesNotExist();
    }
}
