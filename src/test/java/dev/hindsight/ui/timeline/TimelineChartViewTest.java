package dev.hindsight.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.edit.ListEdits;
import dev.hindsight.format.ReportReader;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Report;
import dev.hindsight.model.TimelineEntry;
import dev.hindsight.export.chart.ChartColors;
import dev.hindsight.export.chart.TimelineChart;
import dev.hindsight.testing.AppHarness;
import dev.hindsight.testing.Fixtures;
import dev.hindsight.ui.window.MainWindow;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The chart above the timeline table: drawn from the report, redrawn as rows change, hover shows, click selects. */
@ExtendWith(ApplicationExtension.class)
class TimelineChartViewTest {
    private MainWindow window;
    private AppHarness harness;
    private Report example;

    @Start
    void start(Stage stage) throws Exception {
        example = new ReportReader().read(Fixtures.path(Fixtures.EXAMPLE)).report();
        stage.setWidth(1200);
        stage.setHeight(800);
        harness = new AppHarness();
        window = harness.open(stage);
        window.document().opened(example, null, List.of(), null);
        ((TabPane) stage.getScene().lookup("#sections")).getSelectionModel().select(1);
    }

    private static TimelineChartView view(FxRobot robot) {
        return TimelineChartView.of(robot.lookup("#timeline-chart").queryAs(TitledPane.class));
    }

    private static TimelineChart chart(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> view(robot).chart() != null);
        return view(robot).chart();
    }

    /** The mark's middle on the screen. */
    private static Point2D onScreen(FxRobot robot, TimelineChart.Mark mark) {
        Canvas canvas = robot.lookup("#timeline-chart-canvas").queryAs(Canvas.class);
        double s = view(robot).scale();
        return canvas.localToScreen((mark.x0() + mark.x1()) / 2 * s, mark.y() * s);
    }

    private static Optional<String> shownTooltip() {
        return Window.getWindows().stream().filter(w -> w instanceof Tooltip && w.isShowing())
                .map(w -> ((Tooltip) w).getText()).findFirst();
    }

    @Test
    void inTheDarkThemeTheChartIsDrawnOnTheDarkSurfaceInColoursForIt(FxRobot robot) throws Exception {
        chart(robot);
        assertThat(view(robot).colors()).isEqualTo(ChartColors.LIGHT);
        Canvas canvas = robot.lookup("#timeline-chart-canvas").queryAs(Canvas.class);
        try {
            robot.interact(() -> harness.app.settings().darkTheme().set(true));
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !view(robot).colors().equals(ChartColors.LIGHT));
            ChartColors dark = view(robot).colors();
            assertThat(dark.text()).isEqualTo(ChartColors.DARK.text());
            assertThat(ChartColors.luminance(dark.background())).isLessThan(0.1);
            // the drawn canvas, not only the colours chosen: its corner is the dark surface
            javafx.scene.paint.Color corner = pixel(robot, canvas, 2, 2);
            assertThat(corner.getBrightness()).isLessThan(0.2);
        } finally {
            robot.interact(() -> harness.app.settings().darkTheme().set(false));
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> view(robot).colors().equals(ChartColors.LIGHT));
        assertThat(pixel(robot, canvas, 2, 2).getBrightness()).isGreaterThan(0.9);
    }

    private static javafx.scene.paint.Color pixel(FxRobot robot, Canvas canvas, int x, int y) {
        javafx.scene.paint.Color[] out = new javafx.scene.paint.Color[1];
        robot.interact(() -> out[0] = canvas.snapshot(null, null).getPixelReader().getColor(x, y));
        return out[0];
    }

    @Test
    void theChartShowsEveryTimedEventAndFollowsEditsAndUndo(FxRobot robot) throws Exception {
        TimelineChart chart = chart(robot);
        assertThat(chart.marks()).hasSize(example.timeline().size());
        assertThat(chart.milestones()).extracting(TimelineChart.Milestone::name).contains("Detected", "Resolved");
        assertThat(robot.lookup("#timeline-chart-canvas").queryAs(Canvas.class).getAccessibleText())
                .as("what a screen reader says of the chart")
                .startsWith("Timeline chart: 11 events in 7 kinds. Started 11:00, Detected 11:00, Responded 11:05")
                .contains("Time to resolve 2 h 00 min").endsWith("Times in UTC.");
        TimelineEntry late = new TimelineEntry(Instant.parse("2024-06-10T14:30:00Z"), EntryKind.NOTE, "Customers told");
        robot.interact(() -> window.document().execute(ListEdits.TIMELINE.insert(example.timeline().size(),
                List.of(late), "Add")));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> view(robot).chart().marks().size()
                == example.timeline().size() + 1);
        assertThat(view(robot).chart().lanes()).extracting(TimelineChart.Lane::label).endsWith("Note");
        robot.interact(() -> window.document().undo());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> view(robot).chart().marks().size()
                == example.timeline().size());
    }

    @Test
    void restingOnAMarkShowsItsEventAndClickingSelectsItsRow(FxRobot robot) throws Exception {
        TimelineChart chart = chart(robot);
        TimelineChart.Mark escalation = chart.marks().stream()
                .filter(m -> example.timeline().get(m.entries()[0]).kind().equals(EntryKind.ESCALATION))
                .findFirst().orElseThrow();
        TimelineEntry event = example.timeline().get(escalation.entries()[0]);
        robot.moveTo(onScreen(robot, escalation));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shownTooltip().isPresent());
        assertThat(shownTooltip().orElseThrow()).startsWith("Escalation \u00B7 Mon 10 Jun")
                .contains(event.text().substring(0, 20));
        robot.clickOn(onScreen(robot, escalation));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#timeline").queryAs(TableView.class);
        assertThat(table.getSelectionModel().getSelectedIndices()).containsExactly(escalation.entries()[0]);
        assertThat(((TimelineRow) table.getSelectionModel().getSelectedItem()).entry()).isEqualTo(event);
    }

    @Test
    void theChartFoldsAwayAndComesBack(FxRobot robot) throws Exception {
        chart(robot);
        TitledPane pane = robot.lookup("#timeline-chart").queryAs(TitledPane.class);
        Canvas canvas = robot.lookup("#timeline-chart-canvas").queryAs(Canvas.class);
        double tableTop = robot.lookup("#timeline").queryAs(TableView.class).localToScene(0, 0).getY();
        robot.interact(() -> pane.setExpanded(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#timeline").queryAs(TableView.class).localToScene(0, 0).getY())
                .as("the table moves up into the room the chart had").isLessThan(tableTop - 50);
        robot.interact(() -> pane.setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.getHeight()).isGreaterThan(100);
    }
}
