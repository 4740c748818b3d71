package dev.hindsight.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.hindsight.testing.SmallLibrary;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures of the small library written by hand (src/test/resources/library), worked out here:
 *
 * <pre>
 * file                 severity status     date (own zone)  detect (min)       resolve (min)
 * 2024/a-checkout      SEV1     final      2024-04-02       10                 120 (endedAt)
 * 2024/b-login         SEV2     final      2024-04-15       30                 75: no endedAt, the earliest
 *                                                                              resolution by time (09:15, listed second)
 * 2024/c-search        SEV2     in-review  2024-05-20       20: earliest by    180
 *                                                           time, listed second
 * 2024/d-batch         "sev1"   draft      2024-06-01       none (no detection) 45
 * 2024/e-near-miss     none     final      2024-06-10       1                  5  (same incident id as a)
 * 2023/f-new-year      SEV3     final      2023-12-31 in New York (2024-01-01 in UTC)  40   240
 * notes/broken, notes/package: refused; .git/ skipped; readme.json not a report name.
 *
 * detect, all: 1 10 20 30 40 -> median 20; p90 at rank 4 x 0.9 = 3.6: 30 + 0.6 x 10 = 36
 * resolve, all: 5 45 75 120 180 240 -> median (75 + 120) / 2 = 97.5; p90 at 4.5: 180 + 0.5 x 60 = 210
 * action items on 2024-07-01: open (open or in progress) a:2 b:1 c:1 d:1 f:1 = 6;
 *   overdue a "Automate" due 06-01, b due 06-30, f due 03-01 = 3 (d's due 07-01 is today: not overdue;
 *   done, won't do and "acknowledged" are not open)
 * 2024-04-01 .. 2024-06-30 (a b c d e): detect 1 10 20 30 -> median 15, p90 at 2.7: 20 + 0.7 x 10 = 27;
 *   resolve 5 45 75 120 180 -> median 75, p90 at 3.6: 120 + 0.6 x 60 = 156; open 5, overdue 2
 * </pre>
 */
class LibraryFiguresTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 7, 1);

    @TempDir
    Path dir;

    private Library load(Path cache) throws Exception {
        return new LibraryLoader(cache).load(List.of(SmallLibrary.copyTo(dir)), LibraryProgress.NONE);
    }

    private static List<ReportDigest> digests(Library library, DateRange range) {
        return library.reports().stream().map(LibraryEntry::digest).filter(d -> range.contains(d.date())).toList();
    }

    @Test
    void theFiguresOfTheWholeLibraryAreTheOnesWorkedOutByHand() throws Exception {
        Library library = load(null);
        LibraryStats stats = LibraryStats.of(digests(library, DateRange.ALL), TODAY);
        assertThat(stats.reports()).isEqualTo(6);
        assertThat(stats.bySeverity()).containsExactly(entry("SEV1", 1), entry("SEV2", 2), entry("SEV3", 1),
                entry("sev1", 1), entry("none", 1));
        assertThat(stats.byStatus()).containsExactly(entry("draft", 1), entry("in-review", 1), entry("final", 4));
        assertThat(stats.timeToDetect().count()).isEqualTo(5);
        assertThat(stats.timeToDetect().median()).hasValue(20 * 60);
        assertThat(stats.timeToDetect().p90()).hasValue(36 * 60);
        assertThat(stats.timeToResolve().count()).isEqualTo(6);
        assertThat(stats.timeToResolve().median()).hasValue(97.5 * 60);
        assertThat(stats.timeToResolve().p90()).hasValue(210 * 60);
        assertThat(stats.openActions()).isEqualTo(6);
        assertThat(stats.overdueActions()).isEqualTo(3);
    }

    @Test
    void aDateRangeKeepsTheReportsStartedWithinItInTheirOwnZone() throws Exception {
        Library library = load(null);
        LibraryStats q2 = LibraryStats.of(digests(library,
                new DateRange(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30))), TODAY);
        assertThat(q2.reports()).isEqualTo(5);
        assertThat(q2.timeToDetect().median()).hasValue(15 * 60);
        assertThat(q2.timeToDetect().p90()).hasValue(27 * 60);
        assertThat(q2.timeToResolve().median()).hasValue(75 * 60);
        assertThat(q2.timeToResolve().p90()).hasValue(156 * 60);
        assertThat(q2.openActions()).isEqualTo(5);
        assertThat(q2.overdueActions()).isEqualTo(2);
        List<ReportDigest> newYearsEve = digests(library, new DateRange(null, LocalDate.of(2023, 12, 31)));
        assertThat(newYearsEve).extracting(ReportDigest::incidentId).containsExactly("INC-5");
    }

    @Test
    void refusedFilesAreListedApartWithTheReasonAndHiddenFoldersAreSkipped() throws Exception {
        Library library = load(null);
        assertThat(library.reports()).extracting(e -> e.found().key()).containsExactly(
                "2023/f-new-year.postmortem.json", "2024/a-checkout.postmortem.json", "2024/b-login.postmortem.json",
                "2024/c-search.postmortem.json", "2024/d-batch.postmortem.json", "2024/e-near-miss.postmortem.json");
        assertThat(library.refused()).extracting(r -> dir.resolve("reports").relativize(r.file()).toString(),
                Refusal::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("notes/broken.postmortem.json",
                        "line 11, column 14: the file ends in the middle of the JSON (is it truncated?)"),
                org.assertj.core.groups.Tuple.tuple("notes/package.postmortem.json", "line 1, column 1: not a Hindsight "
                        + "report: the key \"format\" is missing (expected \"format\": \"postmortem-report\")"));
    }

    @Test
    void theCacheGivesTheSameFiguresAsReadingEveryFile(@TempDir Path cache) throws Exception {
        Library plain = load(null);
        Library first = new LibraryLoader(cache).load(List.of(dir.resolve("reports")), LibraryProgress.NONE);
        Library again = new LibraryLoader(cache).load(List.of(dir.resolve("reports")), LibraryProgress.NONE);
        for (Library l : List.of(first, again)) {
            assertThat(l.reports()).extracting(LibraryEntry::digest)
                    .containsExactlyElementsOf(plain.reports().stream().map(LibraryEntry::digest).toList());
            assertThat(l.refused()).containsExactlyElementsOf(plain.refused());
        }
    }

    @Test
    void overdueActionItemsAreListedEarliestFirstWithTheirPlace() throws Exception {
        Library library = load(null);
        List<ActionRow> overdue = new ActionQuery(false, true, null, TODAY).rows(library.entries());
        assertThat(overdue).extracting(r -> r.item().title(), r -> r.item().path()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Dimensionner la file", "measures.actionItems[0]"),
                org.assertj.core.groups.Tuple.tuple("Automate certificate renewal", "measures.actionItems[0]"),
                org.assertj.core.groups.Tuple.tuple("Keep the session cache across deploys", "measures.actionItems[0]"));
        List<ActionRow> anas = new ActionQuery(true, false, " ANA", TODAY).rows(library.entries());
        assertThat(anas).extracting(r -> r.item().title()).containsExactly("Automate certificate renewal",
                "Alert 30 days before expiry");
    }

    @Test
    void chartsCountEveryMonthAndQuarterAndNameEachTagOncePerReport() throws Exception {
        List<ReportDigest> all = digests(load(null), DateRange.ALL);
        var months = LibraryCharts.perMonth(all, java.time.YearMonth.of(2023, 12), java.time.YearMonth.of(2024, 6));
        assertThat(months).extracting(m -> m.month().toString(), LibraryCharts.MonthCounts::total).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2023-12", 1), org.assertj.core.groups.Tuple.tuple("2024-01", 0),
                org.assertj.core.groups.Tuple.tuple("2024-02", 0), org.assertj.core.groups.Tuple.tuple("2024-03", 0),
                org.assertj.core.groups.Tuple.tuple("2024-04", 2), org.assertj.core.groups.Tuple.tuple("2024-05", 1),
                org.assertj.core.groups.Tuple.tuple("2024-06", 2));
        assertThat(months.get(6).bySeverity()).containsExactly(entry("sev1", 1), entry("none", 1));
        assertThat(LibraryCharts.severityKeys(months)).containsExactly("SEV1", "SEV2", "SEV3", "sev1", "none");
        var quarters = LibraryCharts.perQuarter(all, new Quarter(2023, 4), new Quarter(2024, 2));
        assertThat(quarters).extracting(q -> q.quarter().toString(), q -> q.resolve().count())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2023-Q4", 1),
                        org.assertj.core.groups.Tuple.tuple("2024-Q1", 0),
                        org.assertj.core.groups.Tuple.tuple("2024-Q2", 5));
        assertThat(quarters.get(2).resolve().median()).hasValue(75 * 60);
        assertThat(LibraryCharts.byTag(all, 10)).containsExactly(new LibraryCharts.Count("database", 2),
                new LibraryCharts.Count("certificates", 1), new LibraryCharts.Count("payments", 1),
                new LibraryCharts.Count("search", 1));
        assertThat(LibraryCharts.byFactorCategory(all, 10)).extracting(LibraryCharts.Count::name)
                .containsExactly("capacity", "change", "monitoring", "process");
    }
}
