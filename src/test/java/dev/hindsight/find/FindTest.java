package dev.hindsight.find;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.model.ActionItem;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Measures;
import dev.hindsight.model.Report;
import dev.hindsight.model.ReportSection;
import dev.hindsight.model.Summary;
import dev.hindsight.model.TimelineEntry;
import dev.hindsight.testing.LargeReports;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Find across the whole report: every section, the timeline and the action items at once. */
class FindTest {
    static final Report REPORT = Report.blank().builder()
            .title("Payments API outage")
            .summary(Summary.EMPTY.withImpact("Checkout failed for the payments API.").withRootCause("A bad deploy."))
            .timeline(List.of(new TimelineEntry(Instant.parse("2024-06-10T11:00:00Z"), EntryKind.DETECTION,
                            "Alert: payments-api 5xx above 2%"),
                    new TimelineEntry(Instant.parse("2024-06-10T11:05:00Z"), EntryKind.RESPONSE,
                            "Rolled back the **payments** deploy")))
            .rootCause("The Payments service ran out of connections.\n\nPaymentsApi retried.")
            .resolution("Restarted payments.")
            .measures(new Measures("Load test payments.", List.of(ActionItem.blank().withTitle("Cap payments retries")
                    .withDetails("See `payments.retry.max`.").withOwner("payments-team")), dev.hindsight.model.Extras.NONE))
            .closingRemarks("")
            .build();

    @Test
    void findsInEverySectionInReadingOrderWithSectionAndSnippet() {
        FindResult r = ReportSearch.find(REPORT, FindQuery.of("payments"));
        assertThat(r.error()).isEmpty();
        assertThat(r.matches()).extracting(FindMatch::path).containsExactly("title", "summary.impact",
                "timeline[0].text", "timeline[1].text", "rootCause", "rootCause", "resolution", "measures.improvements",
                "measures.actionItems[0].title", "measures.actionItems[0].details");
        assertThat(r.matches()).extracting(FindMatch::section).contains(ReportSection.SUMMARY, ReportSection.TIMELINE,
                ReportSection.ROOT_CAUSE, ReportSection.RESOLUTION, ReportSection.MEASURES);
        FindMatch event = r.matches().get(3);
        assertThat(event.text()).isEqualTo("payments");
        assertThat(event.snippet()).isEqualTo("Rolled back the **payments** deploy");
        assertThat(event.snippet().substring(event.snippetStart())).startsWith("payments");
    }

    @Test
    void ownersAndOtherNonProseFieldsAreNotSearched() {
        assertThat(ReportSearch.find(REPORT, FindQuery.of("payments-team")).matches()).isEmpty();
        assertThat(ReportSearch.find(REPORT, FindQuery.of("2024")).matches()).isEmpty();
    }

    @Test
    void matchCaseAndWholeWordNarrowTheMatches() {
        assertThat(ReportSearch.find(REPORT, FindQuery.of("Payments").withMatchCase(true)).matches())
                .extracting(FindMatch::path).containsExactly("title", "rootCause", "rootCause");
        assertThat(ReportSearch.find(REPORT, FindQuery.of("payments").withWholeWord(true)).matches())
                .extracting(FindMatch::text).doesNotContain("Payments" + "Api");
        assertThat(ReportSearch.find(REPORT, FindQuery.of("Payments").withMatchCase(true).withWholeWord(true)).matches())
                .extracting(FindMatch::path).containsExactly("title", "rootCause");
        assertThat(ReportSearch.find(REPORT, FindQuery.of("pay").withWholeWord(true)).matches()).isEmpty();
    }

    @Test
    void regularExpressionsFindPatternsAndBadOnesSayWhatIsWrong() {
        assertThat(ReportSearch.find(REPORT, FindQuery.of("\\d+xx").withRegex(true)).matches())
                .extracting(FindMatch::text).containsExactly("5xx");
        assertThat(ReportSearch.find(REPORT, FindQuery.of("^Paym\\w+").withRegex(true).withMatchCase(true)).matches())
                .extracting(FindMatch::text).containsExactly("Payments", "PaymentsApi");
        FindResult bad = ReportSearch.find(REPORT, FindQuery.of("(payments").withRegex(true));
        assertThat(bad.matches()).isEmpty();
        assertThat(bad.error()).contains("Unclosed group at the end of the regular expression");
        assertThat(ReportSearch.find(REPORT, FindQuery.of("ab[c").withRegex(true).withWholeWord(true)).error())
                .isEqualTo(ReportSearch.find(REPORT, FindQuery.of("ab[c").withRegex(true)).error())
                .hasValueSatisfying(e -> assertThat(e).startsWith("Unclosed character class"));
        assertThat(ReportSearch.find(REPORT, FindQuery.of("a{2,1}").withRegex(true)).error()).isPresent();
        assertThat(ReportSearch.find(REPORT, FindQuery.of("*").withRegex(true)).error())
                .hasValueSatisfying(e -> assertThat(e).startsWith("Dangling meta character"));
        assertThat(ReportSearch.find(REPORT, FindQuery.of("(payments").withRegex(false)).matches()).isEmpty();
        assertThat(ReportSearch.find(REPORT, FindQuery.of("q*").withRegex(true)).matches()).isEmpty();
        assertThat(ReportSearch.find(REPORT, FindQuery.of("")).matches()).isEmpty();
    }

    @Test
    void aPathologicalExpressionIsStoppedWithAMessage() {
        Report r = Report.blank().withRootCause("a".repeat(40) + "!");
        FindResult result = ReportSearch.find(r, FindQuery.of("(.*a){20}$").withRegex(true), Duration.ofMillis(200));
        assertThat(result.error()).hasValueSatisfying(e -> assertThat(e).contains("was stopped"));
    }

    @Test
    void manyMatchesAreCappedAndSaySo() {
        FindResult r = ReportSearch.find(LargeReports.withEvents(10_000), FindQuery.of("e"));
        assertThat(r.truncated()).isTrue();
        assertThat(r.matches()).hasSize(ReportSearch.MAX_MATCHES);
    }

    @Test
    void snippetsAreOneLineAndCutAtWords() {
        Report r = Report.blank().withRootCause("first line\nsecond line with many words before the needle and "
                + "then many more words after it so that the snippet must be cut somewhere");
        FindMatch m = ReportSearch.find(r, FindQuery.of("needle")).matches().get(0);
        assertThat(m.snippet()).doesNotContain("\n").startsWith("…").endsWith("…").contains("the needle and");
        assertThat(m.snippet().substring(m.snippetStart())).startsWith("needle");
    }
}
