package dev.hindsight.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.check.CheckConfig;
import dev.hindsight.check.Checker;
import dev.hindsight.check.Finding;
import dev.hindsight.check.FindingSeverity;
import dev.hindsight.check.ProseChecker;
import dev.hindsight.check.spelling.WordList;
import dev.hindsight.edit.ListEdits;
import dev.hindsight.model.Dismissal;
import dev.hindsight.model.Report;
import dev.hindsight.model.Review;
import dev.hindsight.model.TextPlace;
import dev.hindsight.model.TimelineEntry;
import dev.hindsight.testing.LargeReports;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A session re-reads only the fields whose text changed, keeps findings at the right paths, and is thread-safe. */
class CheckSessionTest {
    /** A prose rule that flags the word "bad" and counts the fields it reads. */
    private static final class CountingRule implements ProseChecker {
        final AtomicInteger reads = new AtomicInteger();
        final ConcurrentHashMap<String, Integer> texts = new ConcurrentHashMap<>();

        @Override
        public String rule() {
            return "counting";
        }

        @Override
        public List<Finding> checkText(TextPlace place) {
            reads.incrementAndGet();
            texts.merge(place.text(), 1, Integer::sum);
            List<Finding> out = new ArrayList<>();
            int at = place.text().indexOf("bad");
            while (at >= 0) {
                out.add(Finding.inText("counting", FindingSeverity.INFO, place.path(), place.text(), at, at + 3, "bad",
                        List.of()));
                at = place.text().indexOf("bad", at + 3);
            }
            return out;
        }
    }

    private static CheckSession session(Checker checker) {
        return CheckSession.open(List.of(new Rules.Rule(checker.rule(), "test", s -> checker)),
                CheckSetup.commandLine("", WordList.EMPTY, CheckConfig.none()));
    }

    @Test
    void afterAKeystrokeOnlyTheChangedFieldIsReadAgain() {
        CountingRule rule = new CountingRule();
        CheckSession session = session(rule);
        Report report = LargeReports.withEvents(10_000);
        session.check(report);
        int first = rule.reads.get();
        assertThat(first).isGreaterThan(500);

        Report typed = ListEdits.TIMELINE.replace(5000, report.timeline().get(5000).withText("a bad day"), "t", "k")
                .apply(report);
        List<Finding> found = session.check(typed);
        assertThat(rule.reads.get() - first).isEqualTo(1);
        assertThat(found).extracting(Finding::path).contains("timeline[5000].text");
        assertThat(session.checkPlace(typed, "timeline[5000].text")).singleElement()
                .satisfies(f -> assertThat(f.start()).isEqualTo(2));
        assertThat(rule.reads.get() - first).isEqualTo(1);
    }

    @Test
    void findingsFollowTheirFieldWhenRowsMove() {
        CountingRule rule = new CountingRule();
        CheckSession session = session(rule);
        Report report = Report.blank().withTimeline(List.of(new TimelineEntry(null, dev.hindsight.model.EntryKind.NOTE,
                "bad start"), new TimelineEntry(null, dev.hindsight.model.EntryKind.NOTE, "fine")));
        assertThat(session.check(report)).extracting(Finding::path).containsExactly("timeline[0].text");
        Report inserted = ListEdits.TIMELINE.insert(0, List.of(TimelineEntry.blank()), "Insert").apply(report);
        assertThat(session.check(inserted)).extracting(Finding::path).containsExactly("timeline[1].text");
        assertThat(rule.texts.get("bad start")).isEqualTo(1);
    }

    @Test
    void dismissedFindingsAreLeftOutButCanBeListed() {
        CheckSession session = session(new CountingRule());
        Report report = Report.blank().withRootCause("bad and bad").withResolution("bad");
        Report dismissed = report.withReview(Review.EMPTY.withDismissed(List.of(new Dismissal("counting", "rootCause", "bad"))));
        assertThat(session.check(dismissed)).extracting(Finding::path).containsExactly("resolution");
        assertThat(session.checkAll(dismissed)).hasSize(3);
        assertThat(session.checkPlace(dismissed, "rootCause")).isEmpty();
        assertThat(session.checkPlace(dismissed, "resolution")).hasSize(1);
        assertThat(session.checkPlace(dismissed, "timeline[9].text")).isEmpty();
    }

    @Test
    void checksFromSeveralThreadsAgreeWithOneThread() throws Exception {
        CheckSession session = CheckSession.open(CheckSetup.editor("", WordList.EMPTY,
                dev.hindsight.check.spelling.PersonalDictionary.none(), CheckConfig.none()));
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            reports.add(LargeReports.withEvents(200 + i).withRootCause("Teh definately mesage number " + i));
        }
        List<List<Finding>> expected = reports.stream().map(session::check).toList();
        CheckSession fresh = CheckSession.open(CheckSetup.editor("", WordList.EMPTY,
                dev.hindsight.check.spelling.PersonalDictionary.none(), CheckConfig.none()));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Finding>>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (Report r : reports) {
                    futures.add(pool.submit(() -> fresh.check(r)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % reports.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
