package dev.hindsight.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.check.Finding;
import dev.hindsight.check.spelling.PersonalDictionary;
import dev.hindsight.edit.TextField;
import dev.hindsight.model.Report;
import dev.hindsight.ui.window.DocumentViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's one check of its report, without a window: one check per quiet spell feeds every
 * consumer (the underlines and the Review panel) the same findings, with the person's dictionary.
 */
class ReportChecksTest {
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor();
    /** What the checks hand back to "the JavaFX thread": the test runs it. */
    private final LinkedBlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();
    private final DocumentViewModel doc = new DocumentViewModel();

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    private ReportChecks checks(PersonalDictionary personal) {
        return new ReportChecks(doc, personal, worker, fx::add);
    }

    private static void settle(ReportChecks checks, LinkedBlockingQueue<Runnable> fx) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!checks.isUpToDate() && System.nanoTime() < until) {
            Runnable r = fx.poll(100, TimeUnit.MILLISECONDS);
            if (r != null) {
                r.run();
            }
        }
        assertThat(checks.isUpToDate()).as("checked within 10 s").isTrue();
    }

    @Test
    void oneCheckAfterAPauseFeedsTheUnderlinesAndTheReviewTheSameFindings() throws Exception {
        ReportChecks checks = checks(PersonalDictionary.none());
        ReviewViewModel review = new ReviewViewModel(doc, checks);
        List<List<Finding>> underlined = new ArrayList<>();
        List<Report> checkedReports = new ArrayList<>();
        checks.addConsumer((report, findings) -> {
            checkedReports.add(report);
            underlined.add(findings);
        });
        settle(checks, fx);
        long before = checks.completedChecks().get();
        underlined.clear();
        checkedReports.clear();
        for (String typed : List.of("T", "Te", "Teh", "Teh h", "Teh human", "Teh human error")) {
            doc.execute(TextField.ROOT_CAUSE.set(typed));
        }
        settle(checks, fx);
        assertThat(checks.completedChecks().get() - before).as("one check for the burst of typing").isEqualTo(1);
        assertThat(checkedReports).containsExactly(doc.current());
        assertThat(underlined).singleElement().satisfies(found -> {
            assertThat(found).extracting(Finding::text).contains("Teh", "human error");
            assertThat(review.findings()).containsExactlyElementsOf(found);
        });
        assertThat(review.checking().get()).isFalse();
        assertThat(review.findingsNow()).isSameAs(checks.findingsNow());
    }

    @Test
    void aConsumerAddedLaterIsGivenTheLastFindingsAtOnce() throws Exception {
        ReportChecks checks = checks(PersonalDictionary.none());
        doc.execute(TextField.ROOT_CAUSE.set("Teh pool"));
        settle(checks, fx);
        List<Finding> given = new ArrayList<>();
        checks.addConsumer((report, findings) -> given.addAll(findings));
        assertThat(given).extracting(Finding::text).contains("Teh");
    }

    @Test
    void theReviewAcceptsTheWordsOfThePersonalDictionaryAsTheUnderlinesDo(@TempDir Path home) throws Exception {
        PersonalDictionary personal = PersonalDictionary.open(home.resolve(PersonalDictionary.FILE_NAME));
        ReportChecks checks = checks(personal);
        ReviewViewModel review = new ReviewViewModel(doc, checks);
        doc.execute(TextField.ROOT_CAUSE.set("The kubelet mesage queue filled up"));
        settle(checks, fx);
        assertThat(review.findings()).extracting(Finding::text).contains("mesage");

        checks.change(() -> personal.add("mesage"), (header, details) -> { });
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (review.findings().stream().anyMatch(f -> f.text().equals("mesage")) && System.nanoTime() < until) {
            Runnable r = fx.poll(100, TimeUnit.MILLISECONDS);
            if (r != null) {
                r.run();
            }
        }
        assertThat(review.findings()).extracting(Finding::text).doesNotContain("mesage");
        assertThat(checks.session().orElseThrow().spelling()).isPresent();
    }
}
