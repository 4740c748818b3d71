package dev.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.format.ReportReader;
import dev.hindsight.input.importing.ImportExamplesTest;
import dev.hindsight.testing.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} of several reports in one run, and {@code import}, as a user types them. */
@Tag("messages")
class BatchExportAndImportTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return HindsightCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static String[] files(Path dir) throws Exception {
        try (var list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void severalReportsInEveryFormatIntoAnOutputFolder(@TempDir Path dir) throws Exception {
        Path a = Fixtures.copy(Fixtures.EXAMPLE, dir);
        Path b = Files.copy(Fixtures.path("multilingual.postmortem.json"), dir.resolve("b.postmortem.json"));
        Path outDir = dir.resolve("out/sub");
        assertThat(run("export", a.toString(), b.toString(), "--pdf", "--md", "--html", "--docx", "--out-dir",
                outDir.toString())).isZero();
        assertThat(files(outDir)).containsExactly("b.docx", "b.html", "b.md", "b.pdf", "database-vanished.docx",
                "database-vanished.html", "database-vanished.md", "database-vanished.pdf");
        assertThat(out.toString()).contains(outDir.resolve("b.docx") + ": written");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aRefusedReportDoesNotStopTheOthersAndTheExitCodeSaysOneFailed(@TempDir Path dir) throws Exception {
        Path bad = Fixtures.copy("broken/truncated.json", dir);
        Path good = Fixtures.copy(Fixtures.EXAMPLE, dir);
        assertThat(run("export", bad.toString(), good.toString(), "--html")).isEqualTo(1);
        assertThat(dir.resolve("database-vanished.html")).exists();
        assertThat(dir.resolve("truncated.html")).doesNotExist();
        assertThat(out.toString()).contains(bad.toString()).contains(dir.resolve("database-vanished.html") + ": written");
    }

    @Test
    void batchUsageErrorsAreRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
        Path a = Fixtures.copy(Fixtures.EXAMPLE, dir);
        Path other = Files.createDirectories(dir.resolve("other"));
        Path b = Files.copy(Fixtures.path(Fixtures.EXAMPLE), other.resolve("database-vanished.json"));
        assertThat(run("export", a.toString(), b.toString(), "--pdf=" + dir.resolve("x.pdf"))).isEqualTo(2);
        assertThat(err.toString()).contains("with several FILEs, name no output");
        Path outDir = dir.resolve("out");
        assertThat(run("export", a.toString(), b.toString(), "--md", "--out-dir", outDir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(outDir.resolve("database-vanished.md") + ": " + a + " and " + b
                + " would both be written there; nothing was written");
        assertThat(outDir).doesNotExist();
        assertThat(run("export", a.toString(), "--md=" + b)).isEqualTo(2);
        assertThat(run("export", a.toString(), "--out-dir", a.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--out-dir names a file, not a folder");
        assertThat(files(dir)).containsExactly("database-vanished.json", "other");
    }

    @Test
    void importWritesTheReportBesideTheDocumentAndSaysWhereEachPartWent(@TempDir Path dir) throws Exception {
        Path doc = Files.copy(ImportExamplesTest.example("atlassian.md"), dir.resolve("payments.md"));
        assertThat(run("import", doc.toString())).isZero();
        Path report = dir.resolve("payments.postmortem.json");
        assertThat(new ReportReader().read(report).report().incidentId()).isEqualTo("HOT-1234");
        assertThat(out.toString()).startsWith(doc + ": imported to " + report + " (6 timeline events, 3 action items)")
                .contains("  \u201CFive whys\u201D \u2192 Root Cause")
                .contains(doc + ": note: \u201CCustomer communication\u201D is not a section Hindsight knows");
        byte[] first = Files.readAllBytes(report);
        assertThat(run("import", doc.toString())).isEqualTo(1);
        assertThat(out.toString()).contains(report + ": already exists; an import never replaces a file");
        assertThat(Files.readAllBytes(report)).isEqualTo(first);
        Path named = dir.resolve("named.postmortem.json");
        assertThat(run("import", doc.toString(), "-o", named.toString())).isZero();
        assertThat(named).exists();
    }

    @Test
    void importRefusesBadInputWithExitOneAndAWrongCommandLineWithTwo(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("empty.md"), new byte[0]);
        assertThat(run("import", empty.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("empty.md is empty: there is nothing to import");
        assertThat(dir.resolve("empty.postmortem.json")).doesNotExist();
        assertThat(run("import")).isEqualTo(2);
        assertThat(run("import", empty.toString(), "--bogus")).isEqualTo(2);
    }
}
