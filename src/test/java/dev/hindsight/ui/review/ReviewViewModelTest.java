package dev.hindsight.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.check.Finding;
import dev.hindsight.edit.TextField;
import dev.hindsight.format.ReportReader;
import dev.hindsight.model.Report;
import dev.hindsight.model.ReportSection;
import dev.hindsight.testing.Fixtures;
import dev.hindsight.ui.window.DocumentViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review of a window's report, without a window: checked off the calling thread after a quiet spell. */
class ReviewViewModelTest {
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor();
    /** What the view model hands back to "the JavaFX thread": the test runs it. */
    private final LinkedBlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();
    private final DocumentViewModel doc = new DocumentViewModel();

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    private ReviewViewModel review() {
        return new ReviewViewModel(doc, worker, fx::add);
    }

    /** Runs what came back until the review is up to date. */
    private void settle(ReviewViewModel vm) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (vm.checking().get() && System.nanoTime() < until) {
            Runnable r = fx.poll(100, TimeUnit.MILLISECONDS);
            if (r != null) {
                r.run();
            }
        }
        assertThat(vm.checking().get()).as("checked within 10 s").isFalse();
    }

    private void openExample() throws Exception {
        Path file = Fixtures.path(Fixtures.EXAMPLE);
        doc.opened(new ReportReader().read(file).report(), file, List.of(), null);
    }

    @Test
    void theExamplesFindingsArriveAndGroupBySection() throws Exception {
        ReviewViewModel vm = review();
        openExample();
        settle(vm);
        assertThat(vm.findings()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("blameless");
            assertThat(f.path()).isEqualTo("summary.rootCause");
            assertThat(f.text()).isEqualTo("junior developer accidentally");
        });
        assertThat(vm.findings()).anySatisfy(f -> assertThat(f.path()).isEqualTo("measures.actionItems[3].owner"));
        assertThat(FindingSections.group(vm.findings()).keySet()).contains(ReportSection.SUMMARY, ReportSection.MEASURES);
        assertThat(vm.problem().get()).isEmpty();
    }

    @Test
    void everyProseFieldsPathGroupsUnderTheSectionThatShowsIt() throws Exception {
        Report example = new ReportReader().read(Fixtures.path(Fixtures.EXAMPLE)).report();
        for (dev.hindsight.model.TextPlace place : dev.hindsight.model.TextPlaces.of(example)) {
            assertThat(FindingSections.of(place.path())).as(place.path()).isEqualTo(place.section());
        }
        assertThat(FindingSections.of("summary.endedAt")).isEqualTo(ReportSection.SUMMARY);
        assertThat(FindingSections.of("severity")).isEqualTo(ReportSection.SUMMARY);
        assertThat(FindingSections.of("timeline")).isEqualTo(ReportSection.TIMELINE);
        assertThat(FindingSections.of("timeline[4].at")).isEqualTo(ReportSection.TIMELINE);
        assertThat(FindingSections.of("measures.actionItems[0].owner")).isEqualTo(ReportSection.MEASURES);
        assertThat(FindingNavigator.tabOf(ReportSection.MEASURES)).isEqualTo(4);
        assertThat(FindingNavigator.tabOf(ReportSection.CLASSIFICATION)).isZero();
    }

    @Test
    void typingInARowChecksTheLastReportOnly() throws Exception {
        ReviewViewModel vm = review();
        settle(vm);
        for (String typed : List.of("H", "Hu", "Hum", "Huma", "Human", "Human error")) {
            doc.execute(TextField.TITLE.set(typed));
        }
        settle(vm);
        assertThat(vm.findings()).filteredOn(f -> f.rule().equals("blameless")).singleElement()
                .satisfies(f -> assertThat(f.text()).isEqualTo("Human error"));
        assertThat(vm.findingsNow()).isEqualTo(vm.findings());
        doc.execute(TextField.TITLE.set("Database deleted"));
        assertThat(vm.findingsNow()).as("checked now, before the quiet spell").noneMatch(f -> f.rule().equals("blameless"));
    }

    @Test
    void dismissingAndTickingAreUndoableEditsOfTheReport() throws Exception {
        ReviewViewModel vm = review();
        openExample();
        settle(vm);
        Finding blame = vm.findings().stream().filter(f -> f.rule().equals("blameless")).findFirst().orElseThrow();
        int before = vm.findings().size();
        vm.dismiss(blame);
        assertThat(vm.findings()).hasSize(before - 1).doesNotContain(blame);
        assertThat(doc.current().review().dismissed()).singleElement()
                .satisfies(d -> assertThat(d.path()).isEqualTo(blame.path()));
        settle(vm);
        assertThat(vm.findings()).doesNotContain(blame);
        doc.undo();
        settle(vm);
        assertThat(vm.findings()).contains(blame).hasSize(before);

        vm.tick("impact-complete", true);
        assertThat(vm.isTicked("impact-complete")).isTrue();
        doc.undo();
        assertThat(vm.isTicked("impact-complete")).isFalse();
    }

    @Test
    void aTeamSettingsFileThatCannotBeUsedIsSaidAndTheDefaultsServe(@TempDir Path repo) throws Exception {
        Files.createDirectories(repo.resolve(".git"));
        Files.createDirectories(repo.resolve(".hindsight"));
        Files.writeString(repo.resolve(".hindsight/check.json"), "{\"rules\": {\"blamless\": {}}}");
        Path file = Fixtures.copy(Fixtures.EXAMPLE, repo);
        ReviewViewModel vm = review();
        doc.opened(new ReportReader().read(file).report(), file, List.of(), null);
        settle(vm);
        assertThat(vm.problem().get()).startsWith("The team's settings are not used: ").contains("blamless");
        assertThat(vm.findings()).anySatisfy(f -> assertThat(f.rule()).isEqualTo("blameless"));

        Files.writeString(repo.resolve(".hindsight/check.json"), "{\"rules\": {\"blameless\": {\"enabled\": false}}}");
        doc.execute(TextField.TITLE.set("Database deleted"));
        settle(vm);
        assertThat(vm.problem().get()).isEmpty();
        assertThat(vm.findings()).noneMatch(f -> f.rule().equals("blameless"));
    }
}
