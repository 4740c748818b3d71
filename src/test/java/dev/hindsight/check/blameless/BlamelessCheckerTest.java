package dev.hindsight.check.blameless;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.check.Finding;
import dev.hindsight.format.ReportReader;
import dev.hindsight.model.ReportSection;
import dev.hindsight.model.TextPlace;
import dev.hindsight.testing.Fixtures;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the blameless rule reads, where its findings are, and what a team can leave out. */
class BlamelessCheckerTest {
    private final BlamelessChecker checker = new BlamelessChecker(Set.of());

    private List<String> flagged(TextPlace.Kind kind, String text) {
        return checker.checkText(new TextPlace("rootCause", ReportSection.ROOT_CAUSE, kind, "Root Cause", text))
                .stream().map(f -> f.start() + "-" + f.end() + " " + f.text()).toList();
    }

    @Test
    void theSeedReportsJuniorDeveloperIsFlaggedWhereverItIsWritten() throws Exception {
        var report = new ReportReader().read(Fixtures.path(Fixtures.EXAMPLE)).report();
        List<Finding> found = checker.check(report);
        assertThat(found).filteredOn(f -> f.text().equals("junior developer accidentally"))
                .extracting(Finding::path).containsExactly("summary.rootCause", "rootCause");
        Finding first = found.get(0);
        assertThat(report.summary().rootCause().substring(first.start(), first.end()))
                .isEqualTo("junior developer accidentally");
        assertThat(first.message()).startsWith("A person as the cause: ");
        assertThat(first.suggestions()).singleElement().asString().contains("what allowed it");
    }

    @Test
    void codeSpansCodeBlocksUrlsAndPathsAreNotRead() {
        assertThat(flagged(TextPlace.Kind.BLOCK_MARKDOWN, "The log said `human error` and\n\n    operator error\n\nthen "
                + "https://wiki.example/human-error and /var/log/human_error and [the page](https://x.example/careless)"))
                .isEmpty();
        assertThat(flagged(TextPlace.Kind.INLINE_MARKDOWN, "See [human error](https://x.example) for why"))
                .containsExactly("5-16 human error");
    }

    @Test
    void offsetsAreUtf16UnitsOfTheFieldAndEmphasisDoesNotBreakAPhrase() {
        assertThat(flagged(TextPlace.Kind.BLOCK_MARKDOWN, "## \ud835\udc00 Summary\n\nIt was **human** _error_."))
                .containsExactly("24-38 human** _error");
        assertThat(flagged(TextPlace.Kind.PLAIN, "\u00e9\u00e9 human  error")).containsExactly("3-15 human  error");
        assertThat(flagged(TextPlace.Kind.PLAIN, "It was human\nerror")).containsExactly("7-18 human\nerror");
    }

    @Test
    void punctuationEndsAPhrase() {
        assertThat(flagged(TextPlace.Kind.PLAIN, "We blamed no human. Error budgets were fine.")).isEmpty();
        assertThat(flagged(TextPlace.Kind.PLAIN, "The operator, mistakenly believed to be idle, was busy.")).isEmpty();
        assertThat(flagged(TextPlace.Kind.PLAIN, "The engineer \u2014 accidentally — ran it")).isEmpty();
    }

    @Test
    void namesArePeopleButProductNamesAndSentenceStartsAreNot() {
        assertThat(flagged(TextPlace.Kind.PLAIN, "The deploy failed after Kim accidentally merged it."))
                .containsExactly("24-40 Kim accidentally");
        assertThat(flagged(TextPlace.Kind.PLAIN, "Then Service Control accidentally dropped requests.")).isEmpty();
        assertThat(flagged(TextPlace.Kind.PLAIN, "Later Terraform accidentally replaced the volume.")).isEmpty();
        assertThat(flagged(TextPlace.Kind.PLAIN, "Monitoring ignored the alerts. Kubernetes ignored the limits."))
                .isEmpty();
        assertThat(flagged(TextPlace.Kind.PLAIN, "It was Kim's fault.")).containsExactly("7-18 Kim's fault");
    }

    @Test
    void aTeamCanLeaveFamiliesOut() {
        String text = "Human error, and the engineer should have known.";
        assertThat(flagged(TextPlace.Kind.PLAIN, text)).containsExactly("0-11 Human error", "30-47 should have known");
        BlamelessChecker without = new BlamelessChecker(Set.of("human-error"));
        assertThat(without.checkText(new TextPlace("title", ReportSection.SUMMARY, TextPlace.Kind.PLAIN, "Title", text)))
                .extracting(Finding::text).containsExactly("should have known");
        assertThat(BlamelessChecker.familyCodes()).contains("human-error", "counterfactual", "person-as-cause");
    }
}
