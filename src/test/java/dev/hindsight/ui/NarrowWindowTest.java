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
