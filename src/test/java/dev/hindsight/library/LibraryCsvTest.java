package dev.hindsight.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.testing.SmallLibrary;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library view as CSV, read back as a spreadsheet would. */
class LibraryCsvTest {
    @TempDir
    Path dir;

    private List<CSVRecord> csv(Library library) throws Exception {
        StringWriter out = new StringWriter();
        LibraryCsv.write(library.entries(), out);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
    }

    @Test
    void oneRowPerReportWithTheTablesColumnsAndMinutes() throws Exception {
        Library library = new LibraryLoader(null).load(List.of(SmallLibrary.copyTo(dir)), LibraryProgress.NONE);
        List<CSVRecord> rows = csv(library);
        assertThat(rows).hasSize(6);
        CSVRecord a = rows.stream().filter(r -> r.get("file").equals("2024/a-checkout.postmortem.json")).findFirst()
                .orElseThrow();
        assertThat(a.get("title")).isEqualTo("Checkout failed");
        assertThat(a.get("date")).isEqualTo("2024-04-02");
        assertThat(a.get("severity")).isEqualTo("SEV1");
        assertThat(a.get("durationMinutes")).isEqualTo("120");
        assertThat(a.get("timeToDetectMinutes")).isEqualTo("10");
        assertThat(a.get("openActionItems")).isEqualTo("2");
        assertThat(a.get("tags")).isEqualTo("certificates; payments");
        assertThat(a.get("contributingFactors")).isEqualTo("process; monitoring");
        CSVRecord d = rows.stream().filter(r -> r.get("file").equals("2024/d-batch.postmortem.json")).findFirst()
                .orElseThrow();
        assertThat(d.get("timeToDetectMinutes")).isEmpty();
        assertThat(d.get("severity")).isEqualTo("sev1");
    }

    @Test
    void wordsThatLookLikeFormulasAreNeverRunBySpreadsheets() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("hostile"));
        Files.writeString(reports.resolve("x.postmortem.json"), """
                {"format": "postmortem-report", "formatVersion": 2, "title": "=HYPERLINK(\\"http://evil\\",\\"x\\")",
                 "incidentId": "+1", "tags": ["@risk", "-1", "plain"]}
                """);
        CSVRecord row = csv(new LibraryLoader(null).load(List.of(reports), LibraryProgress.NONE)).get(0);
        assertThat(row.get("title")).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
        assertThat(row.get("incidentId")).isEqualTo("'+1");
        assertThat(row.get("tags")).isEqualTo("'@risk; -1; plain");
    }

    @Test
    void noGeneratedCellReadsBackAsAFormulaAndNoneLosesACharacter() throws Exception {
        Random random = new Random(17);
        String firsts = "=+-@\t\r 'aZ0é数\"\n;,";
        for (int n = 0; n < 2000; n++) {
            StringBuilder value = new StringBuilder().append(firsts.charAt(random.nextInt(firsts.length())));
            for (int i = random.nextInt(12); i > 0; i--) {
                value.append(firsts.charAt(random.nextInt(firsts.length())));
            }
            String written = LibraryCsv.text(value.toString());
            StringWriter out = new StringWriter();
            try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
                csv.printRecord(written);
            }
            String cell = CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords().get(0).get(0);
            assertThat("=+-@\t\r".indexOf(cell.charAt(0))).as("cell %s", cell).isNegative();
            assertThat(cell).isIn(value.toString(), "'" + value);
        }
    }
}
