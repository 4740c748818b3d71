package dev.hindsight.find;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.edit.ReportDocument;
import dev.hindsight.model.Report;
import dev.hindsight.model.TextPlace;
import dev.hindsight.model.TextPlaces;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Replace and Replace All: one edit command each, however many fields and rows they change. */
class ReplaceTest {
    private static final Report REPORT = FindTest.REPORT;

    @Test
    void replaceAllAcrossSectionsIsOneUndoStep() {
        ReportDocument doc = new ReportDocument(REPORT);
        Replacement r = ReportSearch.replaceAll(doc.report(), FindQuery.of("payments"), "billing");
        assertThat(r.error()).isEmpty();
        assertThat(r.count()).isEqualTo(10);
        assertThat(r.fields()).isEqualTo(9);
        doc.execute(r.command().orElseThrow());
        Report after = doc.report();
        assertThat(after.title()).isEqualTo("billing API outage");
        assertThat(after.timeline().get(1).text()).isEqualTo("Rolled back the **billing** deploy");
        assertThat(after.rootCause()).isEqualTo("The billing service ran out of connections.\n\nbillingApi retried.");
        assertThat(after.measures().actionItems().get(0).owner()).isEqualTo("payments-team");
        assertThat(after.timeline().get(0).at()).isEqualTo(REPORT.timeline().get(0).at());
        assertThat(doc.undoDescription()).contains("Replace All");
        assertThat(doc.undo()).isTrue();
        assertThat(doc.report()).isEqualTo(REPORT);
        assertThat(doc.canUndo()).isFalse();
    }

    @Test
    void regularExpressionReplacementsUseGroups() {
        Replacement r = ReportSearch.replaceAll(REPORT, FindQuery.of("(\\d+)xx").withRegex(true), "HTTP $1xx");
        Report after = r.command().orElseThrow().apply(REPORT);
        assertThat(after.timeline().get(0).text()).isEqualTo("Alert: payments-api HTTP 5xx above 2%");
        Replacement named = ReportSearch.replaceAll(REPORT, FindQuery.of("(?<svc>Payments)Api").withRegex(true)
                .withMatchCase(true), "${svc}Service \\$");
        assertThat(named.command().orElseThrow().apply(REPORT).rootCause()).endsWith("PaymentsService $ retried.");
        assertThat(ReportSearch.replaceAll(REPORT, FindQuery.of("payments"), "$1 costs \\ a lot").command().orElseThrow()
                .apply(REPORT).title()).isEqualTo("$1 costs \\ a lot API outage");
    }

    @Test
    void aBadReplacementSaysWhatIsWrongAndChangesNothing() {
        Replacement r = ReportSearch.replaceAll(REPORT, FindQuery.of("(pay)ments").withRegex(true), "$2");
        assertThat(r.command()).isEmpty();
        assertThat(r.error()).hasValueSatisfying(e -> assertThat(e).startsWith("The replacement is not valid (No group 2)"));
        assertThat(ReportSearch.replaceAll(REPORT, FindQuery.of("pay").withRegex(true), "${x}").error()).isPresent();
        assertThat(ReportSearch.replaceAll(REPORT, FindQuery.of("(").withRegex(true), "x").error()).isPresent();
        assertThat(ReportSearch.replaceAll(REPORT, FindQuery.of("zzz"), "x").command()).isEmpty();
    }

    @Test
    void replaceOneChangesOnlyThatMatchAndRefusesAStaleOne() {
        FindQuery q = FindQuery.of("payments");
        FindMatch second = ReportSearch.find(REPORT, q).matches().get(3);
        Replacement r = ReportSearch.replace(REPORT, q, second, "billing");
        Report after = r.command().orElseThrow().apply(REPORT);
        assertThat(after.timeline().get(1).text()).isEqualTo("Rolled back the **billing** deploy");
        assertThat(ReportSearch.find(after, q).matches()).hasSize(9);
        assertThat(ReportSearch.replace(after, q, second, "billing").error())
                .contains("The text changed since it was found; search again");
        FindQuery groups = FindQuery.of("(\\w+) deploy").withRegex(true);
        FindMatch m = ReportSearch.find(REPORT, groups).matches().get(0);
        assertThat(ReportSearch.replace(REPORT, groups, m, "[$1] release").command().orElseThrow().apply(REPORT)
                .summary().rootCause()).isEqualTo("A [bad] release.");
    }

    @Test
    void replacingEveryPlaceOfAGeneratedReportChangesOnlyProse() {
        for (long seed = 0; seed < 30; seed++) {
            Report report = new dev.hindsight.format.RandomReports(seed).next();
            Replacement r = ReportSearch.replaceAll(report, FindQuery.of("[aeiou]").withRegex(true), "\u00e6");
            if (r.command().isEmpty()) {
                continue;
            }
            Report after = r.command().get().apply(report);
            List<TextPlace> before = TextPlaces.of(report);
            List<TextPlace> now = TextPlaces.of(after);
            for (int i = 0; i < before.size(); i++) {
                assertThat(now.get(i).text()).isEqualTo(before.get(i).text().replaceAll("[aeiouAEIOU]", "\u00e6"));
            }
            Report restored = TextPlaces.withTexts(after, before.stream()
                    .collect(java.util.stream.Collectors.toMap(TextPlace::path, TextPlace::text)));
            assertThat(restored).isEqualTo(report);
        }
    }
}
