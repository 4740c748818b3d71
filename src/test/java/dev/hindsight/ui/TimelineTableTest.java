package dev.hindsight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.edit.SummaryEdits;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.TimelineEntry;
import dev.hindsight.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline table, typed into and pasted into as a user does. */
class TimelineTableTest extends GuiTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }
    private List<TimelineEntry> timeline() {
        return window.document().current().timeline();
    }

    private TableView<?> table(FxRobot robot) {
        return robot.lookup("#timeline").queryAs(TableView.class);
    }

    @Test
    void threeRowsTypedWithTheKeyboardOnlyRollPastMidnight(FxRobot robot) {
        robot.interact(() -> window.document().execute(SummaryEdits.startedAt(Instant.parse("2024-06-10T23:40:00Z"))));
        shortcut(robot, KeyCode.DIGIT2);
        robot.clickOn("#timeline");
        shortcut(robot, KeyCode.ENTER);
        write(robot, "23:50");
        keys(robot, KeyCode.TAB);
        write(robot, "d");
        keys(robot, KeyCode.TAB);
        write(robot, "Alert fired on checkout");
        keys(robot, KeyCode.ENTER);

        shortcut(robot, KeyCode.ENTER);
        write(robot, "00:10");
        keys(robot, KeyCode.TAB);
        write(robot, "e");
        keys(robot, KeyCode.TAB);
        write(robot, "Paged the DBA");
        keys(robot, KeyCode.ENTER);

        shortcut(robot, KeyCode.ENTER);
        write(robot, "12:20 AM");
        keys(robot, KeyCode.TAB);
        write(robot, "mit");
        keys(robot, KeyCode.TAB);
        write(robot, "Rolled back");
        keys(robot, KeyCode.ENTER);

        assertThat(timeline()).containsExactly(
                new TimelineEntry(Instant.parse("2024-06-10T23:50:00Z"), EntryKind.DETECTION, "Alert fired on checkout"),
                new TimelineEntry(Instant.parse("2024-06-11T00:10:00Z"), EntryKind.ESCALATION, "Paged the DBA"),
                new TimelineEntry(Instant.parse("2024-06-11T00:20:00Z"), EntryKind.MITIGATION, "Rolled back"));
        assertThat(robot.lookup("#timeline-footer").queryLabeled().getText()).startsWith("3 events");
        var rows = window.document().current().timeline();
        assertThat(rows).hasSize(3);
    }

    @Test
    void typingMOffersMisleadingAndMitigationWithoutPickingAndMitPicksMitigation(FxRobot robot) {
        shortcut(robot, KeyCode.DIGIT2);
        robot.clickOn("#timeline");
        shortcut(robot, KeyCode.ENTER);
        write(robot, "11:05");
        keys(robot, KeyCode.TAB);
        write(robot, "m");
        assertThat(timeline().get(0).kind()).as("m alone picks nothing").isEqualTo(EntryKind.NOTE);
        ListView<?> chooser = robot.lookup("#choices").queryAs(ListView.class);
        assertThat(List.<Object>copyOf(chooser.getItems())).containsExactly(EntryKind.MISLEADING, EntryKind.MITIGATION);
        assertThat(chooser.getSelectionModel().getSelectedItem()).as("what Enter would pick").isEqualTo(EntryKind.MISLEADING);
        assertThat(robot.lookup("#choices .choice-keys").queryAll()).extracting(n -> ((Label) n).getText())
                .contains("type mis", "type mit");
        write(robot, "it");
        assertThat(timeline().get(0).kind()).isEqualTo(EntryKind.MITIGATION);
        assertThat(robot.lookup("#choices").tryQuery().filter(Node::isVisible)).as("closed once picked").isEmpty();

        write(robot, "m");
        keys(robot, KeyCode.TAB);
        assertThat(timeline().get(0).kind()).as("Tab leaves an unfinished prefix unpicked").isEqualTo(EntryKind.MITIGATION);
        assertThat(robot.lookup("#timeline-note").queryLabeled().getText()).isEqualTo("Kind not changed");

        robot.interact(() -> focusKind(robot));
        write(robot, "m");
        assertThat(robot.lookup("#choices").queryAs(ListView.class).getSelectionModel().getSelectedItem())
                .as("the row's own kind fits m: it is the highlighted one").isEqualTo(EntryKind.MITIGATION);
        keys(robot, KeyCode.ENTER);
        assertThat(timeline().get(0).kind()).isEqualTo(EntryKind.MITIGATION);
        robot.interact(() -> focusKind(robot));
        write(robot, "m");
        keys(robot, KeyCode.UP, KeyCode.ENTER);
        assertThat(timeline().get(0).kind()).isEqualTo(EntryKind.MISLEADING);
    }

    private void focusKind(FxRobot robot) {
        focusColumn(robot, 2);
    }

    @SuppressWarnings("unchecked")
    private void focusColumn(FxRobot robot, int column) {
        TableView<Object> table = (TableView<Object>) table(robot);
        table.getSelectionModel().clearAndSelect(0);
        table.getFocusModel().focus(0, table.getColumns().get(column));
        table.requestFocus();
    }

    @Test
    void aTimeThatCannotBeReadStaysInTheCellAndIsNotCommitted(FxRobot robot) {
        shortcut(robot, KeyCode.DIGIT2);
        robot.clickOn("#timeline");
        shortcut(robot, KeyCode.ENTER);
        write(robot, "25:61");
        keys(robot, KeyCode.ENTER);
        assertThat(robot.lookup("#cell-editor").tryQuery()).as("still editing").isPresent();
        assertThat(robot.lookup("#timeline-note").queryLabeled().getText()).contains("the hour goes from 0 to 23");
        assertThat(timeline().get(0).at()).isNull();
        keys(robot, KeyCode.ESCAPE);
        assertThat(timeline()).hasSize(1);
    }

    @Test
    void pastingTheExampleTimelineGivesElevenRowsWithTimesAndKinds(FxRobot robot) {
        openFixture(robot, "odd/minimal.json");
        robot.interact(() -> window.document().execute(SummaryEdits.startedAt(Instant.parse("2024-06-10T11:00:00Z"))));
        String text = new String(Fixtures.bytes("database-vanished-timeline.txt"), StandardCharsets.UTF_8);
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
        shortcut(robot, KeyCode.DIGIT2);
        robot.clickOn("#timeline");
        shortcut(robot, KeyCode.V);
        assertThat(harness.dialogs.previews).hasSize(1);
        assertThat(timeline()).hasSize(11);
        assertThat(timeline().get(0).at()).isEqualTo(Instant.parse("2024-06-10T11:00:00Z"));
        assertThat(timeline().get(8).at()).isEqualTo(Instant.parse("2024-06-10T12:30:00Z"));
        assertThat(timeline().get(10).at()).isEqualTo(Instant.parse("2024-06-10T13:00:00Z"));
        assertThat(timeline().get(0).kind()).isEqualTo(EntryKind.DETECTION);
        assertThat(timeline().get(3).kind()).isEqualTo(EntryKind.MISLEADING);
        assertThat(timeline().get(5).kind()).isEqualTo(EntryKind.ESCALATION);
        assertThat(timeline().get(10).kind()).isEqualTo(EntryKind.RESOLUTION);
        assertThat(table(robot).getItems()).hasSize(11);
        shortcut(robot, KeyCode.Z);
        assertThat(timeline()).as("a paste is one undo step").isEmpty();
    }

    @Test
    void severalLinesPastedWhileEditingACellGoThroughThePreviewAsRows(FxRobot robot) {
        shortcut(robot, KeyCode.DIGIT2);
        robot.clickOn("#timeline");
        shortcut(robot, KeyCode.ENTER);
        write(robot, "11:00");
        keys(robot, KeyCode.TAB, KeyCode.TAB);
        write(robot, "Deploy");
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("11:05 Alert fired\n11:10 Paged the DBA\n");
            Clipboard.getSystemClipboard().setContent(content);
        });
        shortcut(robot, KeyCode.V);
        assertThat(harness.dialogs.previews).singleElement().satisfies(rows -> assertThat(rows).hasSize(2));
        assertThat(timeline()).extracting(TimelineEntry::text).containsExactly("Deploy", "Alert fired", "Paged the DBA");

        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(" checkout");
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.interact(() -> focusColumn(robot, 3));
        keys(robot, KeyCode.F2, KeyCode.END);
        shortcut(robot, KeyCode.V);
        keys(robot, KeyCode.ENTER);
        assertThat(harness.dialogs.previews).as("one line pastes into the cell").hasSize(1);
        assertThat(timeline().get(0).text()).isEqualTo("Deploy checkout");
    }

    @Test
    void deletingRowsAndUndoingBringsThemBack(FxRobot robot) {
        openFixture(robot, Fixtures.EXAMPLE);
        List<TimelineEntry> before = timeline();
        shortcut(robot, KeyCode.DIGIT2);
        robot.interact(() -> table(robot).getSelectionModel().selectRange(2, 5));
        robot.clickOn("#timeline-delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline()).hasSize(8).doesNotContain(before.get(2), before.get(3), before.get(4));
        shortcut(robot, KeyCode.Z);
        assertThat(timeline()).isEqualTo(before);
        assertThat(table(robot).getItems()).hasSize(11);
    }

    @Test
    void movingThenSortingByTimeIsUndoneStepByStep(FxRobot robot) {
        openFixture(robot, Fixtures.EXAMPLE);
        List<TimelineEntry> original = timeline();
        shortcut(robot, KeyCode.DIGIT2);
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(0));
        robot.interact(() -> table(robot).requestFocus());
        robot.push(KeyCode.ALT, KeyCode.DOWN).push(KeyCode.ALT, KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline().get(2)).isEqualTo(original.get(0));
        assertThat(robot.lookup("#timeline-footer").queryLabeled().getText()).contains("out of time order");
        robot.clickOn("#timeline-sort");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline()).isEqualTo(original);
        shortcut(robot, KeyCode.Z);
        assertThat(timeline().get(2)).isEqualTo(original.get(0));
        shortcut(robot, KeyCode.Z);
        shortcut(robot, KeyCode.Z);
        assertThat(timeline()).isEqualTo(original);
    }

    @Test
    void theTimelineMenuWorksBeforeItsTabIsShownAndRowsCopyOnceItIs(FxRobot robot) {
        openFixture(robot, Fixtures.EXAMPLE);
        List<TimelineEntry> inOrder = timeline();
        List<TimelineEntry> reversed = new java.util.ArrayList<>(inOrder);
        java.util.Collections.reverse(reversed);
        robot.interact(() -> window.document().execute(dev.hindsight.edit.ListEdits.TIMELINE.replaceAll(reversed,
                "Reverse")));
        assertThat(robot.lookup("#timeline").tryQuery()).as("the timeline tab not built yet").isEmpty();

        javafx.scene.control.MenuItem sort = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class)
                .getMenus().stream().flatMap(TimelineTableTest::items)
                .filter(item -> "menu-timeline-sort".equals(item.getId())).findFirst().orElseThrow();
        robot.interact(sort::fire);
        assertThat(timeline()).as("sorted by Report > Sort Timeline by Time").isEqualTo(inOrder);

        shortcut(robot, KeyCode.DIGIT2);
        robot.interact(() -> table(robot).getSelectionModel().selectRange(0, 2));
        robot.interact(() -> table(robot).requestFocus());
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        shortcut(robot, KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).as("Ctrl+C copies the selected rows").contains(inOrder.get(0).text())
                .contains(inOrder.get(1).text()).doesNotContain(inOrder.get(2).text());
    }

    private static java.util.stream.Stream<javafx.scene.control.MenuItem> items(javafx.scene.control.MenuItem item) {
        return item instanceof javafx.scene.control.Menu menu
                ? java.util.stream.Stream.concat(java.util.stream.Stream.of(item),
                        menu.getItems().stream().flatMap(TimelineTableTest::items))
                : java.util.stream.Stream.of(item);
    }

    @Test
    void theFirstRowShownStaysWhenTheTableGetsShorterOrTaller(FxRobot robot) {
        List<TimelineEntry> many = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            many.add(new TimelineEntry(Instant.parse("2024-06-10T08:00:00Z").plusSeconds(37L * i), EntryKind.DETECTION,
                    "Event " + (i + 1) + (i % 3 == 0 ? " with **bold** text" : "")));
        }
        robot.interact(() -> window.document().execute(dev.hindsight.edit.ListEdits.TIMELINE.replaceAll(many, "Events")));
        shortcut(robot, KeyCode.DIGIT2);
        TableView<?> table = table(robot);
        double before = window.stage().getHeight();
        try {
            resizeAndScroll(robot, table, many.size());
        } finally { // TestFX gives the next test class the same stage
            robot.interact(() -> window.stage().setHeight(before));
        }
    }

    private void resizeAndScroll(FxRobot robot, TableView<?> table, int rows) {
        robot.interact(() -> window.stage().setHeight(900));
        WaitForAsyncUtils.waitForFxEvents();
        java.util.Random random = new java.util.Random(18);
        for (int step = 0; step < 12; step++) {
            int row = random.nextInt(rows - 20);
            double height = 420 + random.nextInt(500);
            if (step % 2 == 0) {
                robot.interact(() -> table.scrollTo(row));
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(firstShown(table)).as("scrolled to %d", row).isEqualTo(row);
                robot.interact(() -> window.stage().setHeight(height));
            } else { // as when the chart above takes its height while a find match is scrolled to
                robot.interact(() -> {
                    table.scrollTo(row);
                    window.stage().setHeight(height);
                });
            }
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(firstShown(table)).as("row %d after the window became %.0f high (table %.0f)", row, height,
                    table.getHeight()).isEqualTo(row);
        }
    }

    @Test
    void aRowGoneToIsShownWholeWithRowsAboveItAndARowAlreadyShownStaysPut(FxRobot robot) {
        List<TimelineEntry> many = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            many.add(new TimelineEntry(Instant.parse("2024-06-10T08:00:00Z").plusSeconds(37L * i), EntryKind.NOTE,
                    "Event " + (i + 1)));
        }
        robot.interact(() -> window.document().execute(dev.hindsight.edit.ListEdits.TIMELINE.replaceAll(many, "Events")));
        shortcut(robot, KeyCode.DIGIT2);
        TableView<?> table = table(robot);
        double before = window.stage().getHeight();
        try {
            java.util.Random random = new java.util.Random(1202);
            for (double height : new double[] {900, 560, 460, 420}) {
                robot.interact(() -> window.stage().setHeight(height));
                WaitForAsyncUtils.waitForFxEvents();
                int row = 10 + random.nextInt(many.size() - 20);
                robot.interact(() -> dev.hindsight.ui.support.RowReveal.show(table, row));
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(wholeRows(table)).as("window %.0f high, table %.0f: row %d gone to", height, table.getHeight(), row)
                        .contains(row);
                int first = firstShown(table);
                java.util.List<Integer> whole = wholeRows(table);
                if (whole.size() >= 4) {
                    assertThat(first).as("rows above it for context (%d rows shown)", whole.size()).isLessThan(row);
                }
                if (whole.size() > 2) {
                    int inView = whole.get(whole.size() - 2);
                    robot.interact(() -> dev.hindsight.ui.support.RowReveal.show(table, inView));
                    WaitForAsyncUtils.waitForFxEvents();
                    assertThat(firstShown(table)).as("a row already shown whole does not move the table").isEqualTo(first);
                }
            }
        } finally { // TestFX gives the next test class the same stage
            robot.interact(() -> window.stage().setHeight(before));
        }
    }

    /** The rows shown whole in the table's viewport, not cut at its top or bottom edge. */
    private static java.util.List<Integer> wholeRows(TableView<?> table) {
        javafx.scene.control.skin.VirtualFlow<?> flow = (javafx.scene.control.skin.VirtualFlow<?>) table.lookup(".virtual-flow");
        double bottom = flow.getHeight();
        for (javafx.scene.Node bar : flow.lookupAll(".scroll-bar")) {
            if (bar instanceof javafx.scene.control.ScrollBar s && s.getOrientation() == javafx.geometry.Orientation.HORIZONTAL
                    && s.isVisible()) {
                bottom -= s.getHeight();
            }
        }
        java.util.List<Integer> rows = new java.util.ArrayList<>();
        for (int i = flow.getFirstVisibleCell().getIndex(); i <= flow.getLastVisibleCell().getIndex(); i++) {
            javafx.scene.control.IndexedCell<?> cell = flow.getVisibleCell(i);
            if (cell != null && cell.getLayoutY() >= -0.5 && cell.getLayoutY() + cell.getHeight() <= bottom + 0.5) {
                rows.add(i);
            }
        }
        return rows;
    }

    private static int firstShown(TableView<?> table) {
        return dev.hindsight.ui.table.TopRowKeeper.firstShown(table);
    }
}
