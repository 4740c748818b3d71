package dev.hindsight.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.compare.Difference;
import dev.hindsight.compare.ReportDiff;
import dev.hindsight.edit.SummaryEdits;
import dev.hindsight.model.Report;
import dev.hindsight.testing.ScriptedDialogs;
import dev.hindsight.ui.window.DocumentViewModel;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Compare with…: differences found again off the JavaFX thread after edits, never shown out of date. */
class CompareViewModelTest {
    private final DocumentViewModel doc = new DocumentViewModel();
    private final Deque<Runnable> worker = new ArrayDeque<>();
    private final Deque<Runnable> ui = new ArrayDeque<>();
    private final CompareViewModel vm = new CompareViewModel(doc, new ScriptedDialogs(), worker::add, ui::add);
    private Report theirs;

    @BeforeEach
    void comparingWithACopyWithAnotherTitle() {
        doc.execute(SummaryEdits.authors(List.of("Ana")));
        theirs = doc.current().withTitle("Checkout outage").withAuthors(List.of("Ana", "Bo"));
        vm.compareWith(theirs, "theirs.postmortem.json");
    }

    private List<Difference> expected() {
        return ReportDiff.between(doc.current(), theirs);
    }

    private static void runAll(Deque<Runnable> queue) {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }

    @Test
    void theFirstComparisonIsThereAtOnce() {
        assertThat(vm.differences()).isNotEmpty().isEqualTo(expected());
        assertThat(worker).isEmpty();
    }

    @Test
    void anEditIsComparedOnTheWorkerAndEditsMadeMeanwhileOnceItEnds() {
        List<Difference> before = List.copyOf(vm.differences());
        doc.execute(SummaryEdits.authors(List.of("Cy")));
        assertThat(worker).as("the edit's comparison waits for the worker").hasSize(1);
        assertThat(vm.differences()).as("nothing compared on the JavaFX thread").isEqualTo(before);

        doc.execute(SummaryEdits.authors(List.of("Dee")));
        doc.execute(SummaryEdits.authors(List.of("Eve")));
        assertThat(worker).as("one comparison at a time").hasSize(1);

        runAll(worker);
        runAll(ui);
        assertThat(vm.differences()).as("a result older than the last edit is not shown").isEqualTo(before);
        assertThat(worker).as("the edits made meanwhile, compared in one go").hasSize(1);

        runAll(worker);
        runAll(ui);
        assertThat(vm.differences()).isEqualTo(expected());
        assertThat(expected().toString()).contains("Eve");
        assertThat(worker).isEmpty();
    }

    @Test
    void takingTheirsFromAListAnEditBehindComparesFirst() {
        Difference title = vm.differences().stream().filter(d -> d.path().equals("title")).findFirst().orElseThrow();
        doc.execute(SummaryEdits.authors(List.of("Cy")));

        assertThat(vm.takeTheirs(title)).isTrue();
        assertThat(doc.current().title()).isEqualTo("Checkout outage");
        assertThat(doc.current().authors()).containsExactly("Cy");
        runAll(worker);
        runAll(ui);
        runAll(worker);
        runAll(ui);
        assertThat(vm.differences()).isEqualTo(expected());
    }

    @Test
    void aResultForAnOlderReportIsNeverShownOverANewerOne() {
        Difference authors = vm.differences().stream().filter(d -> d.path().startsWith("authors")).findFirst()
                .orElseThrow();
        doc.execute(SummaryEdits.authors(List.of("Cy")));
        doc.execute(SummaryEdits.authors(List.of("Dee")));
        assertThat(vm.takeTheirs(authors)).as("that difference is gone: nothing taken").isFalse();
        assertThat(vm.differences()).as("compared on the spot").isEqualTo(expected());

        runAll(worker);
        runAll(ui);
        assertThat(vm.differences()).as("the comparison of \"Cy\", ended late, is not shown").isEqualTo(expected());
        assertThat(worker).isEmpty();
    }

    @Test
    void aClosedComparisonIgnoresALateResult() {
        doc.execute(SummaryEdits.authors(List.of("Cy")));
        vm.close();
        runAll(worker);
        runAll(ui);
        assertThat(vm.differences()).isEmpty();
    }
}
