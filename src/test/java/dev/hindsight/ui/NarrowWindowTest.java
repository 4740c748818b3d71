package dev.hindsight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A small window (900 x 600) still shows every control of a tab whole, without scrolling sideways. */
class NarrowWindowTest extends GuiTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    /** Runs {@code check} with the window {@code width} x {@code height}, then gives it back its size. */
    private void sized(FxRobot robot, double width, double height, Runnable check) {
        Stage stage = window.stage();
        double w = stage.getWidth();
        double h = stage.getHeight();
        try {
            robot.interact(() -> {
                stage.setWidth(width);
                stage.setHeight(height);
            });
            WaitForAsyncUtils.waitForFxEvents();
            check.run();
        } finally {
            robot.interact(() -> {
                stage.setWidth(w);
                stage.setHeight(h);
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** The nodes among {@code ids} whose right edge is past the right edge of the scroll pane's viewport. */
    private static List<String> pastTheRightEdge(FxRobot robot, ScrollPane scroll, String... ids) {
        List<String> past = new ArrayList<>();
        robot.interact(() -> {
            scroll.getScene().getRoot().applyCss();
            scroll.getScene().getRoot().layout();
            double viewportRight = scroll.localToScene(scroll.getBoundsInLocal()).getMinX()
                    + scroll.getViewportBounds().getWidth();
            for (String id : ids) {
                Node node = scroll.lookup(id);
                Bounds b = node.localToScene(node.getBoundsInLocal());
                if (b.getMaxX() > viewportRight + 0.5) {
                    past.add(String.format(java.util.Locale.ROOT, "%s ends at %.0f, the viewport at %.0f", id,
                            b.getMaxX(), viewportRight));
                }
            }
        });
        return past;
    }

    private static boolean scrollsSideways(Node scroll) {
        return scroll.lookupAll(".scroll-bar").stream().anyMatch(n -> n instanceof ScrollBar bar
                && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible());
    }

    @Test
    void theIssueSummaryFitsBesideTheReviewPanelInA900PixelWindow(FxRobot robot) {
        openFixture(robot, Fixtures.EXAMPLE);
        waitUntil(() -> window.document().file().get() != null);
        keys(robot, KeyCode.F7);
        waitUntil(() -> robot.lookup("#review-panel").tryQuery().isPresent());
        sized(robot, 900, 600, () -> {
            ScrollPane summary = robot.lookup("#summary").queryAs(ScrollPane.class);
            // before: Severity and Status on the ID's line and the five figures in one row ran past the
            // edge; the form scrolled sideways and Status was out of sight
            assertThat(pastTheRightEdge(robot, summary, "#summary-incident-id", "#summary-severity",
                    "#summary-status", "#glance-duration", "#glance-time-to-resolve")).isEmpty();
            assertThat(scrollsSideways(summary)).as("the summary scrolls sideways").isFalse();
            // the ID's line wrapped: Status is below the ID, not beside it
            Node id = robot.lookup("#summary-incident-id").query();
            Node status = robot.lookup("#summary-status").query();
            assertThat(status.localToScene(status.getBoundsInLocal()).getMinY())
                    .isGreaterThan(id.localToScene(id.getBoundsInLocal()).getMaxY());
        });
        keys(robot, KeyCode.F7);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyColumnOfTheActionItemsCanBeReachedInA900PixelWindow(FxRobot robot) {
        openFixture(robot, Fixtures.EXAMPLE);
        waitUntil(() -> window.document().file().get() != null);
        robot.interact(() -> ((javafx.scene.control.TabPane) robot.lookup("#sections").query())
                .getSelectionModel().select(4));
        TableView<Object> table = robot.lookup("#action-items").queryAs(TableView.class);
        sized(robot, 900, 600, () -> robot.interact(() -> {
            table.getScene().getRoot().applyCss();
            table.getScene().getRoot().layout();
            double columns = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
            // before: the columns were 800 px wide in a 660 px table with no scroll bar: Priority,
            // Status and Ticket link were out of sight and out of reach
            assertThat(columns <= table.getWidth() || scrollsSideways(table))
                    .as("columns %.0f px wide in a table of %.0f px, a horizontal scroll bar: %s", columns,
                            table.getWidth(), scrollsSideways(table)).isTrue();
        }));
        sized(robot, 1280, 800, () -> robot.interact(() -> {
            table.getScene().getRoot().applyCss();
            table.getScene().getRoot().layout();
            double columns = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
            assertThat(columns).as("the columns fill a wide table").isLessThanOrEqualTo(table.getWidth());
            assertThat(scrollsSideways(table)).as("a wide table scrolls sideways").isFalse();
        }));
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> actionItems(FxRobot robot) {
        openFixture(robot, "long-action-titles.postmortem.json");
        waitUntil(() -> window.document().file().get() != null
                && window.document().file().get().getFileName().toString().startsWith("long-action-titles"));
        robot.interact(() -> ((javafx.scene.control.TabPane) robot.lookup("#sections").query())
                .getSelectionModel().select(4));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#action-items").queryAs(TableView.class);
    }

    private static TableColumn<Object, ?> column(TableView<Object> table, String name) {
        return table.getColumns().stream().filter(c -> c.getText().equals(name)).findFirst().orElseThrow();
    }

    private static void layOut(TableView<?> table) {
        table.getScene().getRoot().applyCss();
        table.getScene().getRoot().layout();
    }

    @Test
    void aSentenceLongActionItemTitleGetsTheRoomTheShortColumnsLeave(FxRobot robot) {
        TableView<Object> table = actionItems(robot);
        sized(robot, 1280, 800, () -> robot.interact(() -> {
            layOut(table);
            TableColumn<Object, ?> title = column(table, "Title");
            // before: the title had 205 px of an 868 px table (every column shrank alike) while the
            // due date's column kept 153 px and the ticket link 140
            assertThat(title.getWidth()).as("the title's width in a table %.0f px wide", table.getWidth())
                    .isGreaterThan(0.25 * table.getWidth());
            assertThat(title.getWidth()).as("short of its own width").isLessThan(title.getPrefWidth());
            for (TableColumn<Object, ?> other : table.getColumns()) {
                if (other != title) {
                    // so the others gave way, down to the width their heading and values need
                    assertThat(other.getWidth()).as(other.getText()).isLessThan(title.getWidth())
                            .isLessThanOrEqualTo(other.getMinWidth() + 1);
                }
            }
            assertThat(scrollsSideways(table)).isFalse();
        }));
        sized(robot, 900, 600, () -> robot.interact(() -> {
            layOut(table);
            // the table scrolls sideways here: the title, its first column, keeps most of what is in sight
            assertThat(column(table, "Title").getWidth()).isGreaterThan(0.5 * table.getWidth());
        }));
        // the whole title of the selected item heads its details
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        assertThat(robot.lookup("#action-details-heading").queryLabeled().getText()).isEqualTo("Details of \u201c"
                + "Require a second engineer to approve every destructive command run against the production "
                + "database cluster\u201d");
    }

    @Test
    void aColumnWidthTheUserDragsSticksWhenTheWindowChangesSize(FxRobot robot) {
        TableView<Object> table = actionItems(robot);
        double[] dragged = new double[1];
        sized(robot, 1280, 800, () -> {
            robot.interact(() -> {
                layOut(table);
                TableColumn<Object, ?> owner = column(table, "Owner");
                double before = owner.getWidth();
                table.resizeColumn(owner, 40); // what dragging the heading's right edge does
                layOut(table);
                dragged[0] = owner.getWidth();
                assertThat(dragged[0]).isCloseTo(before + 40, org.assertj.core.data.Offset.offset(1.0));
            });
            sized(robot, 1200, 800, () -> robot.interact(() -> {
                layOut(table);
                assertThat(column(table, "Owner").getWidth()).isCloseTo(dragged[0],
                        org.assertj.core.data.Offset.offset(1.0));
            }));
            sized(robot, 900, 600, () -> robot.interact(() -> {
                layOut(table);
                assertThat(column(table, "Owner").getWidth()).isCloseTo(dragged[0],
                        org.assertj.core.data.Offset.offset(1.0));
            }));
            robot.interact(() -> {
                layOut(table);
                assertThat(column(table, "Owner").getWidth()).isCloseTo(dragged[0],
                        org.assertj.core.data.Offset.offset(1.0));
                double columns = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
                assertThat(columns).as("the columns still fill the table").isLessThanOrEqualTo(table.getWidth());
                table.resizeColumn(column(table, "Owner"), -40);
            });
        });
    }

    @Test
    void aWideWindowKeepsTheIdSeverityAndStatusOnOneLine(FxRobot robot) {
        openFixture(robot, Fixtures.EXAMPLE);
        waitUntil(() -> window.document().file().get() != null);
        sized(robot, 1280, 800, () -> {
            Node id = robot.lookup("#summary-incident-id").query();
            Node status = robot.lookup("#summary-status").query();
            Node resolve = robot.lookup("#glance-time-to-resolve").query();
            Node duration = robot.lookup("#glance-duration").query();
            robot.interact(() -> {
                Bounds i = id.localToScene(id.getBoundsInLocal());
                Bounds s = status.localToScene(status.getBoundsInLocal());
                assertThat(s.getMinY()).isLessThan(i.getMaxY());
                assertThat(s.getMinX()).isGreaterThan(i.getMaxX());
                assertThat(resolve.localToScene(resolve.getBoundsInLocal()).getMinY())
                        .isEqualTo(duration.localToScene(duration.getBoundsInLocal()).getMinY());
            });
        });
    }
}
