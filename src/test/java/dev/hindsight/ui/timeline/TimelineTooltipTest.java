package dev.hindsight.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.edit.ListEdits;
import dev.hindsight.model.Report;
import dev.hindsight.testing.AppHarness;
import dev.hindsight.testing.LargeReports;
import dev.hindsight.ui.window.MainWindow;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Event cells reuse one tooltip each while scrolling: it must always show the event of the row shown now. */
@ExtendWith(ApplicationExtension.class)
class TimelineTooltipTest {
    private static final Report REPORT = LargeReports.withEvents(300);

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new AppHarness().open(stage);
        window.document().opened(REPORT, null, List.of(), null);
        ((TabPane) stage.getScene().lookup("#sections")).getSelectionModel().select(1);
    }

    /** The shown event cells as pairs of text and tooltip text. */
    private List<String[]> eventCells(FxRobot robot) {
        TableView<?> table = robot.lookup("#timeline").queryAs(TableView.class);
        List<String[]> cells = new ArrayList<>();
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() == table.getColumns().get(3)
                    && cell.isVisible() && !cell.isEmpty()) {
                cells.add(new String[] {cell.getText(), cell.getTooltip() == null ? null : cell.getTooltip().getText()});
            }
        }
        return cells;
    }

    private void scrollTo(FxRobot robot, int row) {
        robot.interact(() -> robot.lookup("#timeline").queryAs(TableView.class).scrollTo(row));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void eachEventCellsTooltipIsTheTextItShowsAfterScrollingAndEditing(FxRobot robot) {
        scrollTo(robot, 150);
        robot.interact(() -> window.document().execute(ListEdits.TIMELINE.replace(152,
                REPORT.timeline().get(152).withText(""), "Edit", null)));
        WaitForAsyncUtils.waitForFxEvents();
        scrollTo(robot, 40);
        scrollTo(robot, 151);
        List<String[]> cells = eventCells(robot);
        assertThat(cells).hasSizeGreaterThan(5).anySatisfy(c -> assertThat(c[0]).isEmpty())
                .anySatisfy(c -> assertThat(c[0]).startsWith("Event 152:"));
        for (String[] c : cells) {
            assertThat(c[1]).as("tooltip of \u201c" + c[0] + "\u201d").isEqualTo(c[0].isEmpty() ? null : c[0]);
        }
    }
}
