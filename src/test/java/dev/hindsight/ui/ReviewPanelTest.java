package dev.hindsight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.check.Finding;
import dev.hindsight.model.ReportStatus;
import dev.hindsight.testing.Fixtures;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Review panel (F7): findings grouped by section, a click on one lands on its words, and the Final prompt. */
class ReviewPanelTest extends GuiTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @SuppressWarnings("unchecked")
    private static TreeView<Object> tree(FxRobot robot) {
        return robot.lookup("#review-findings").queryAs(TreeView.class);
    }

    /** The tree's row showing the first finding of {@code rule} at {@code path}, once found, scrolled into view. */
    private static Node rowOf(FxRobot robot, String rule, String path) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> indexOf(tree(robot), rule, path) >= 0);
        robot.interact(() -> tree(robot).scrollTo(indexOf(tree(robot), rule, path)));
        return robot.lookup(".review-finding").queryAll().stream().filter(n -> matches(n, rule, path)).findFirst()
                .orElseThrow();
    }

    private static int indexOf(TreeView<Object> tree, String rule, String path) {
        for (int i = 0; i < tree.getExpandedItemCount(); i++) {
            if (tree.getTreeItem(i).getValue() instanceof Finding f && f.rule().equals(rule) && f.path().equals(path)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matches(Node cell, String rule, String path) {
        Object item = ((javafx.scene.control.TreeCell<?>) cell).getItem();
        return item instanceof Finding f && f.rule().equals(rule) && f.path().equals(path);
    }

    /** The panel is built when first shown (start-up builds nothing hidden): it shows what the review found before. */
    @Test
    void thePanelShownForTheFirstTimeHasTheFindingsFoundWhileItWasHidden(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#review-panel").tryQuery()).isEmpty();
        openFixture(robot, Fixtures.EXAMPLE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.document().file().get() != null);
        // The review checks the report while the panel is still hidden.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.checks().completedChecks().get() > 0
                && window.checks().isUpToDate());
        assertThat(robot.lookup("#review-panel").tryQuery()).isEmpty();
        keys(robot, KeyCode.F7);
        Node row = rowOf(robot, "blameless", "summary.rootCause");
        assertThat(row.isVisible()).isTrue();
        Node panel = robot.lookup("#review-panel").query();

        keys(robot, KeyCode.F7);
        assertThat(robot.lookup("#review-panel").tryQuery()).as("hidden").isEmpty();
        keys(robot, KeyCode.F7);
        Node again = robot.lookup("#review-panel").query();
        assertThat(again).as("the same panel again").isSameAs(panel);
    }

    @Test
    void clickingABlameFindingSelectsItsWordsInTheField(FxRobot robot) throws Exception {
        openFixture(robot, Fixtures.EXAMPLE);
        keys(robot, KeyCode.F7);
        assertThat(robot.lookup("#review-panel").tryQuery()).isPresent();
        Node row = rowOf(robot, "blameless", "summary.rootCause");
        assertThat(tree(robot).getRoot().getChildren()).extracting(TreeItem::getValue).asString()
                .contains("Issue Summary", "Corrective and Preventative Measures");

        robot.clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        dev.hindsight.ui.writing.ProseArea field = robot.lookup("#summary-rootcause")
                .queryAs(dev.hindsight.ui.writing.ProseArea.class);
        assertThat(field.isFocused()).isTrue();
        assertThat(field.getSelectedText()).isEqualTo("junior developer accidentally");

        // A finding in a tab not shown yet: the tab is shown, the item selected and its words selected in its details.
        robot.clickOn(rowOf(robot, "blameless", "measures.actionItems[3].details"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#action-details").tryQuery()
                .map(n -> selectedText(n).equals("the importance of caution")).orElse(false));
    }

    @Test
    void clickingAFindingInATimelineEventOpensTheCellWithTheWordsSelected(FxRobot robot) throws Exception {
        openFixture(robot, Fixtures.EXAMPLE);
        robot.interact(() -> window.document().execute(dev.hindsight.edit.ReportEdit.of("Typing", r -> {
            java.util.List<dev.hindsight.model.TimelineEntry> rows = new java.util.ArrayList<>(r.timeline());
            rows.set(6, rows.get(6).withText("Confirmed it was human error, not an attack."));
            return r.withTimeline(rows);
        })));
        keys(robot, KeyCode.F7);
        robot.clickOn(rowOf(robot, "blameless", "timeline[6].text"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#timeline").queryAs(
                javafx.scene.control.TableView.class).getSelectionModel().getSelectedIndex() == 6
                && window.stage().getScene().getFocusOwner() instanceof dev.hindsight.ui.writing.ProseArea t
                && "human error".equals(t.getSelectedText()));
    }

    @Test
    void dismissingAFindingIsKeptInTheReportAndUndoable(FxRobot robot) throws Exception {
        openFixture(robot, Fixtures.EXAMPLE);
        keys(robot, KeyCode.F7);
        Node row = rowOf(robot, "blameless", "summary.rootCause");
        robot.interact(() -> tree(robot).getSelectionModel().select(indexOf(tree(robot), "blameless",
                "summary.rootCause")));
        assertThat(row).isNotNull();
        robot.clickOn("#review-dismiss");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().current().review().dismissed()).singleElement()
                .satisfies(d -> assertThat(d.text()).isEqualTo("junior developer accidentally"));
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".review-finding").queryAll().stream()
                .noneMatch(n -> matches(n, "blameless", "summary.rootCause"))).isTrue();
        shortcut(robot, KeyCode.Z);
        assertThat(window.document().current().review().dismissed()).isEmpty();
        rowOf(robot, "blameless", "summary.rootCause");

        robot.interact(() -> robot.lookup("#review-questions").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        robot.clickOn("#review-q-blameless");
        assertThat(window.document().current().review().checklist()).containsExactly("blameless");
        shortcut(robot, KeyCode.Z);
        assertThat(window.document().current().review().checklist()).isEmpty();
    }

    @Test
    void settingFinalWithFindingsLeftAsksFirst(FxRobot robot) throws Exception {
        openFixture(robot, Fixtures.EXAMPLE);
        @SuppressWarnings("unchecked")
        ComboBox<Object> status = robot.lookup("#summary-status").queryAs(ComboBox.class);
        robot.clickOn(status);
        robot.clickOn("Draft");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().current().status()).as("leaving Final asks nothing").isEqualTo(ReportStatus.DRAFT);
        assertThat(harness.dialogs.asked).noneMatch(a -> a.startsWith("final:"));
        harness.dialogs.finalAnswers.add(false);
        robot.clickOn(status);
        robot.clickOn("Final");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.dialogs.asked).anySatisfy(a -> assertThat(a).startsWith("final:").contains("blameless: ",
                "completeness: "));
        assertThat(window.document().current().status()).as("kept").isNotEqualTo(ReportStatus.FINAL);
        assertThat(status.getValue().toString()).isEqualTo("Draft");

        harness.dialogs.finalAnswers.add(true);
        robot.clickOn(status);
        robot.clickOn("Final");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().current().status()).isEqualTo(ReportStatus.FINAL);
        assertThat(harness.dialogs.asked.stream().filter(a -> a.startsWith("final:"))).hasSize(2);
    }

    private static String selectedText(Node node) {
        return node instanceof dev.hindsight.ui.writing.ProseArea prose ? prose.getSelectedText()
                : ((TextInputControl) node).getSelectedText();
    }
}
