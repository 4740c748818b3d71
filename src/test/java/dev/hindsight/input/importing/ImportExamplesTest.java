package dev.hindsight.input.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.model.ActionItem;
import dev.hindsight.model.ActionStatus;
import dev.hindsight.model.ActionType;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Priority;
import dev.hindsight.model.Report;
import dev.hindsight.model.ReportStatus;
import dev.hindsight.model.Severity;
import dev.hindsight.model.TimelineEntry;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Postmortems written from each template people use, and messy pasted text, imported as a user would check them. */
public class ImportExamplesTest {
    /** A written example postmortem under src/test/resources/imports. */
    public static Path example(String name) {
        try {
            return Path.of(ImportExamplesTest.class.getResource("/imports/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ImportResult imported(String name) throws ImportRefusedException {
        return new Importer().importFile(example(name));
    }

    private static List<String> times(Report r) {
        return r.timeline().stream().map(e -> String.valueOf(e.at())).toList();
    }

    @Test
    void aMediumArticlePastedAsTextGivesTheSeedReport() throws Exception {
        ImportResult result = imported("medium-article.txt");
        Report r = result.report();
        assertThat(r.title()).isEqualTo("Database Vanished");
        assertThat(r.authors()).containsExactly("The DevOps Team");
        assertThat(r.summary().startedAt()).isEqualTo(Instant.parse("2024-06-10T11:00:00Z"));
        assertThat(r.summary().endedAt()).isEqualTo(Instant.parse("2024-06-10T13:00:00Z"));
        assertThat(r.summary().usersAffectedPercent()).isEqualByComparingTo("100");
        assertThat(r.summary().rootCause()).startsWith("A junior developer accidentally executed");
        assertThat(r.summary().impact()).startsWith("Our entire database vanished");
        assertThat(r.timeline()).hasSize(11);
        assertThat(r.timeline().get(3).kind()).isEqualTo(EntryKind.MISLEADING);
        assertThat(r.timeline().get(3).text()).isEqualTo("Checked for potential network issues, suspected a data breach.");
        assertThat(r.timeline().get(10).at()).isEqualTo(Instant.parse("2024-06-10T13:00:00Z"));
        assertThat(r.rootCause()).startsWith("The outage was caused by a junior developer");
        assertThat(r.resolution()).startsWith("1. Identified the accidental execution").contains("\n4. Verified");
        assertThat(r.measures().improvements()).startsWith("- Implement strict access controls");
        assertThat(r.measures().actionItems()).extracting(ActionItem::title).containsExactly("Update access controls",
                "Implement command confirmation", "Enhance backup procedures", "Train staff");
        assertThat(r.measures().actionItems().get(0).details()).startsWith("Review and update user permissions");
        assertThat(r.closingRemarks()).startsWith("We understand the significant impact")
                .endsWith("Sincerely,\n\nThe DevOps Team");
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("web page's header").contains("3 min read"));
    }

    @Test
    void aGoogleSreStylePostmortemFindsItsFactsLabelsTableAndTimeline() throws Exception {
        Report r = imported("google-sre.md").report();
        assertThat(r.title()).isEqualTo("Shakespeare Sonnet++ Postmortem");
        assertThat(r.incidentId()).isEqualTo("465");
        assertThat(r.status()).isEqualTo(ReportStatus.FINAL);
        assertThat(r.authors()).containsExactly("jennifer", "martym", "agoogler");
        assertThat(r.summary().impact()).contains("Shakespeare Search down for 66 minutes")
                .contains("Estimated 1.21B queries lost");
        assertThat(r.rootCause()).contains("Cascading failure").contains("### Trigger\n\nLatent bug");
        assertThat(r.resolution()).contains("sacrificial cluster").contains("### Detection\n\nBorgmon detected");
        assertThat(r.measures().improvements()).contains("### What went well").contains("### Where we got lucky");
        assertThat(r.measures().actionItems()).extracting(ActionItem::owner).containsExactly("jennifer", "martym",
                "docbrown");
        assertThat(r.measures().actionItems()).extracting(ActionItem::status).containsExactly(ActionStatus.DONE,
                ActionStatus.OPEN, ActionStatus.OPEN);
        assertThat(r.measures().actionItems()).extracting(ActionItem::type).containsExactly(ActionType.MITIGATE,
                ActionType.PREVENT, ActionType.PROCESS);
        assertThat(r.measures().actionItems().get(1).link()).isEqualTo("Bug 5554823");
        assertThat(r.timeline()).hasSize(10);
        assertThat(r.timeline().get(0).at()).isEqualTo(Instant.parse("2015-10-21T14:51:00Z"));
        assertThat(r.timeline().get(6).kind()).isEqualTo(EntryKind.MISLEADING);
        assertThat(r.timeline().get(9).at()).isEqualTo(Instant.parse("2015-10-21T21:38:00Z"));
        assertThat(r.closingRemarks()).startsWith("### Supporting information");
    }

    @Test
    void anAtlassianStylePostmortemReadsItsKeyValueTableZoneAndFollowUpColumnsInAnyOrder() throws Exception {
        ImportResult result = imported("atlassian.md");
        Report r = result.report();
        assertThat(r.title()).isEqualTo("Checkout payments failing");
        assertThat(r.incidentId()).isEqualTo("HOT-1234");
        assertThat(r.severity()).isEqualTo(Severity.SEV2);
        assertThat(r.status()).isEqualTo(ReportStatus.IN_REVIEW);
        assertThat(r.authors()).containsExactly("Priya Raman");
        assertThat(r.timeZone()).isEqualTo("America/Chicago");
        assertThat(r.summary().usersAffectedPercent()).isEqualByComparingTo("40");
        assertThat(times(r)).containsExactly("2026-03-02T15:20:00Z", "2026-03-02T15:24:00Z", "2026-03-02T15:27:00Z",
                "2026-03-02T15:41:00Z", "2026-03-02T15:58:00Z", "2026-03-02T16:05:00Z");
        assertThat(r.timeline().get(3).kind()).isEqualTo(EntryKind.MISLEADING);
        assertThat(r.rootCause()).contains("### Leadup").contains("### Five whys").contains("leaf certificate only");
        assertThat(r.resolution()).contains("### Detection").contains("### Recovery");
        ActionItem first = r.measures().actionItems().get(0);
        assertThat(first.title()).isEqualTo("Validate the full chain before a rotation");
        assertThat(first.owner()).isEqualTo("Kim");
        assertThat(first.due()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(first.priority()).isEqualTo(Priority.P1);
        assertThat(first.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(first.link()).isEqualTo("PAY-88");
        assertThat(r.measures().actionItems().get(2).status()).isEqualTo(ActionStatus.DONE);
        assertThat(r.closingRemarks()).contains("### Customer communication\n\nA status page update");
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("Customer communication")
                .contains("not a section Hindsight knows"));
        assertThat(result.placements()).contains(new Placement("\u201CFive whys\u201D", "Root Cause"));
    }

    @Test
    void ourOwnStyleWithUnderlinedHeadingsFactsOnOneLineAndAnOvernightWindow() throws Exception {
        Report r = imported("own-style.md").report();
        assertThat(r.title()).isEqualTo("Search index stale for a night");
        assertThat(r.severity()).isEqualTo(Severity.SEV3);
        assertThat(r.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(r.incidentId()).isEqualTo("SRCH-7");
        assertThat(r.timeZone()).isEqualTo("Europe/Paris");
        assertThat(r.summary().startedAt()).isEqualTo(Instant.parse("2025-11-14T22:10:00Z"));
        assertThat(r.summary().endedAt()).isEqualTo(Instant.parse("2025-11-15T01:40:00Z"));
        assertThat(r.summary().usersAffectedPercent()).isEqualByComparingTo("15");
        // "What happened" holds a numbered list of bold times: a timeline, across midnight.
        assertThat(times(r)).containsExactly("2025-11-14T22:10:00Z", "2025-11-14T22:45:00Z", "2025-11-14T23:30:00Z",
                "2025-11-15T00:50:00Z", "2025-11-15T01:40:00Z");
        assertThat(r.timeline().get(3).kind()).isEqualTo(EntryKind.ESCALATION);
        assertThat(r.resolution()).contains("restored the offsets");
        List<ActionItem> items = r.measures().actionItems();
        assertThat(items).hasSize(3);
        assertThat(items.get(0)).isEqualTo(ActionItem.blank().withTitle("Pin consumer offsets during upgrades")
                .withOwner("Ana").withPriority(Priority.P1).withDue(LocalDate.of(2025, 12, 1)).withLink("SRCH-9")
                .withStatus(ActionStatus.DONE));
        assertThat(items.get(1).owner()).isEqualTo("ben");
        assertThat(items.get(1).type()).isEqualTo(ActionType.DETECT);
        assertThat(items.get(1).due()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(items.get(2).title()).isEqualTo("Write an upgrade checklist");
        assertThat(items.get(2).owner()).isEqualTo("Ana");
        assertThat(items.get(2).details()).isEqualTo("Include the offset backup step.");
        assertThat(r.closingRemarks()).contains("### Glossary");
    }

    @Test
    void messyWebTextWithCrlfTabsNoBreakSpacesBulletsAndEmoji() throws Exception {
        ImportResult result = imported("messy-web.txt");
        Report r = result.report();
        assertThat(r.title()).isEqualTo("API outage \uD83D\uDD25");
        assertThat(r.severity()).isEqualTo(Severity.SEV1);
        assertThat(r.status()).isEqualTo(ReportStatus.FINAL);
        assertThat(r.summary().usersAffectedPercent()).isEqualByComparingTo(new BigDecimal("40"));
        assertThat(r.summary().impact()).isEqualTo("About 40% of users got errors \uD83D\uDE31 for 20 minutes.");
        assertThat(r.timeline()).extracting(TimelineEntry::text).containsExactly("deploy of v2.3 started",
                "error rate alert fired \uD83D\uDEA8", "rolled back to v2.2", "all clear, incident closed");
        // 12-hour times past midnight roll to the next day.
        assertThat(times(r)).containsExactly("2026-03-03T22:02:00Z", "2026-03-03T22:05:00Z", "2026-03-03T22:20:00Z",
                "2026-03-04T00:05:00Z");
        assertThat(r.rootCause()).isEqualTo("A config flag defaulted to on.");
        assertThat(r.measures().actionItems()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Add a canary stage");
            assertThat(a.owner()).isEqualTo("Sam");
            assertThat(a.priority()).isEqualTo(Priority.P1);
        });
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("names no time zone"));
    }

    @Test
    void anHtmlPageFromAWikiImportsThroughTheSameReader() throws Exception {
        Report r = imported("confluence-export.html").report();
        assertThat(r.title()).isEqualTo("Login outage");
        assertThat(r.severity()).isEqualTo(Severity.SEV2);
        assertThat(r.summary().impact()).contains("**all** users");
        assertThat(times(r)).containsExactly("2026-01-05T08:00:00Z", "2026-01-05T08:12:00Z");
        assertThat(r.rootCause()).contains("[the change](<https://example.com/pr/1>)");
        assertThat(r.measures().actionItems()).singleElement()
                .satisfies(a -> assertThat(a.owner()).isEqualTo("Jo"));
        assertThat(r.closingRemarks()).doesNotContain("alert(");
    }

    @Test
    void anItemOfATimedListWithoutATimeIsAnEventOfItsOwnNotTheEndOfTheOneAbove() throws Exception {
        // A date in another locale's order is not read as a time; the item was glued onto "alert fired".
        Report r = new Importer().importText("# T\n\n## Timeline\n\n- 10:00 — alert fired\n  - paged Ann\n"
                + "- 10/06/2024 14:00 — failover in Frankfurt\n- Customer support informed\n- 11:00 — rollback\n")
                .report();
        assertThat(r.timeline()).extracting(e -> e.text()).satisfiesExactly(
                t -> assertThat(t).startsWith("alert fired").contains("paged Ann").doesNotContain("Frankfurt"),
                t -> assertThat(t).contains("10/06/2024 14:00", "failover in Frankfurt"),
                t -> assertThat(t).isEqualTo("Customer support informed"),
                t -> assertThat(t).isEqualTo("rollback"));
        assertThat(r.timeline().get(0).at()).isNotNull();
        assertThat(r.timeline().get(3).at()).isNotNull().isAfter(r.timeline().get(0).at());
    }

    @Test
    void nothingIsDroppedTextUnderAnUnknownHeadingIsKeptUnderItInTheClosingRemarks() throws Exception {
        Report r = new Importer().importText("# T\n\n## Impact\n\nSlow.\n\n## Vendor escalation\n\nWe called them."
                + "\n\n### Their answer\n\nA patch.\n").report();
        assertThat(r.closingRemarks()).isEqualTo("### Vendor escalation\n\nWe called them.\n\n### Their answer\n\nA patch.");
    }

    @Test
    void refusesWhatIsNotADocument(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("empty.md"), new byte[0]);
        Path blank = Files.writeString(dir.resolve("blank.txt"), "  \n\n \t\n");
        Path png = Files.write(dir.resolve("shot.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        Path binary = Files.write(dir.resolve("data.txt"), new byte[] {'a', 0, 'b', 1, 2});
        Path huge = dir.resolve("huge.md");
        try (var ch = java.nio.channels.FileChannel.open(huge, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), 50L * 1024 * 1024);
        }
        Path report = Files.copy(Path.of("docs/format/examples/version-2.postmortem.json"),
                dir.resolve("db.postmortem.json"));
        Importer importer = new Importer();
        assertThatThrownBy(() -> importer.importFile(report)).hasMessage("db.postmortem.json is already a Hindsight "
                + "report: open it (or check it with hindsight validate) instead of importing it");
        if (!System.getProperty("os.name").startsWith("Windows")) {
            Path fifo = dir.resolve("pipe.md");
            if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
                assertThatThrownBy(() -> importer.importFile(fifo)).hasMessage("pipe.md is not a file but a device, "
                        + "pipe or socket: import a Markdown, text, HTML or Word file");
            }
        }
        assertThatThrownBy(() -> importer.importFile(empty)).hasMessage("empty.md is empty: there is nothing to import");
        assertThatThrownBy(() -> importer.importFile(blank)).hasMessage("blank.txt is empty: there is nothing to import");
        assertThatThrownBy(() -> importer.importFile(png)).hasMessageStartingWith("shot.md is an image, not text");
        assertThatThrownBy(() -> importer.importFile(binary)).hasMessageStartingWith("data.txt is a binary file");
        assertThatThrownBy(() -> importer.importFile(huge)).hasMessage("huge.md is too large to be a postmortem "
                + "(52,428,801 bytes; at most 8,388,608): nothing was imported");
        assertThatThrownBy(() -> importer.importFile(dir.resolve("missing.md"))).hasMessage("missing.md: no such file");
        assertThatThrownBy(() -> importer.importFile(dir.resolve("notes.docx")))
                .hasMessage("notes.docx: no such file");
        Path fake = Files.writeString(dir.resolve("fake.docx"), "not a zip");
        assertThatThrownBy(() -> importer.importFile(fake)).hasMessageStartingWith("fake.docx is not a Word document");
    }

    @Test
    void textThatIsNotUtf8IsReadAsWindows1252AndTheImportSaysSo(@TempDir Path dir) throws Exception {
        // "Café outage", "Impact", "Users saw “errors” – 5% of users" in Windows-1252
        byte[] bytes = "# Caf\u00e9 outage\n\n## Impact\n\nUsers saw \u201Cerrors\u201D \u2013 5% of users.\n"
                .getBytes("windows-1252");
        ImportResult result = new Importer().importFile(Files.write(dir.resolve("old.md"), bytes));
        assertThat(result.report().title()).isEqualTo("Caf\u00e9 outage");
        assertThat(result.report().summary().impact()).isEqualTo("Users saw \u201Cerrors\u201D \u2013 5% of users.");
        assertThat(result.notes()).contains("the file is not UTF-8: it was read as Windows-1252 (check accented "
                + "letters and quotes)");
    }
}
