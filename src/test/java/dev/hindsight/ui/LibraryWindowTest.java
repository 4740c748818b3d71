package dev.hindsight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.library.ActionRow;
import dev.hindsight.library.LibraryEntry;
import dev.hindsight.testing.AppHarness;
import dev.hindsight.testing.SmallLibrary;
import dev.hindsight.ui.library.LibraryWindow;
import dev.hindsight.ui.window.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import dev.hindsight.ui.support.ZoomedWidths;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The library window on the small library written by hand, driven as a user drives it. */
@ExtendWith(ApplicationExtension.class)
class LibraryWindowTest {
    private AppHarness harness;
    private LibraryWindow window;
    private Path reports;

    @Start
    void start(Stage stage) throws Exception {
        harness = new AppHarness();
        reports = SmallLibrary.copyTo(Files.createTempDirectory(harness.home, "library"));
        harness.app.libraries().useToday(() -> LocalDate.of(2024, 7, 1));
        window = harness.app.libraries().open(reports, stage);
    }

    @SuppressWarnings("unchecked")
    private List<String> titles(FxRobot robot) {
        TableView<LibraryEntry> table = robot.lookup("#library-table").queryAs(TableView.class);
        return table.getItems().stream().map(e -> e.digest().title()).toList();
    }

    @Test
    void theTableListsEveryReportAndTheRefusedFilesApart(FxRobot robot) {
        assertThat(titles(robot)).containsExactlyInAnyOrder("Réveillon: la file d'attente a débordé", "Checkout failed",
                "Login slow", "Search returned nothing", "Nightly batch late", "Disk almost full");
        robot.clickOn("#library-tab-refused");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> refused = robot.lookup("#library-refused").queryAs(TableView.class);
        assertThat(refused.getItems()).hasSize(2);
        assertThat(robot.lookup("#library-counts").queryLabeled().getText()).isEqualTo("6 reports \u00b7 2 refused \u00b7 6 shown");
    }

    @Test
    void filteringBySeverityKeepsOnlyThoseReports(FxRobot robot) {
        robot.clickOn("#library-severity");
        robot.clickOn(robot.from(robot.lookup(".menu-item").queryAll()).lookup("SEV2").<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titles(robot)).containsExactlyInAnyOrder("Login slow", "Search returned nothing");
        robot.clickOn("#library-clear");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titles(robot)).hasSize(6);
    }

    @Test
    void searchingWhileTypingFindsTheReportAndShowsTheFoundWords(FxRobot robot) {
        robot.clickOn("#library-search").write("certif");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titles(robot)).containsExactly("Checkout failed");
        assertThat(window.viewModel().result().get().snippet("2024/a-checkout.postmortem.json").text())
                .contains("certificate");
        TableView<?> table = robot.lookup("#library-table").queryAs(TableView.class);
        // A passage once made its row thousands of pixels high, pushing every title out of sight.
        java.util.Set<javafx.scene.Node> rows = robot.from(table).lookup(".table-row-cell").queryAll();
        assertThat(rows.stream().filter(javafx.scene.Node::isVisible).map(r -> ((javafx.scene.control.TableRow<?>) r)
                .getHeight()).toList()).isNotEmpty().allSatisfy(h -> assertThat(h).isLessThanOrEqualTo(
                        table.getFixedCellSize()));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#library-search").queryAs(TextField.class).getText()).isEmpty();
        assertThat(titles(robot)).hasSize(6);
    }

    @Test
    void aDoubleClickOpensTheReportInAnEditorWindow(FxRobot robot) {
        robot.doubleClickOn(robot.from(robot.lookup("#library-table").<javafx.scene.Node>query()).lookup("Login slow")
                .<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        MainWindow editor = harness.app.windows().get(0);
        assertThat(editor.document().file().get()).isEqualTo(reports.resolve("2024/b-login.postmortem.json"));
        assertThat(editor.document().current().title()).isEqualTo("Login slow");
    }

    @Test
    void anOverdueItemIsListedAndOpensTheReportAtIt(FxRobot robot) {
        robot.clickOn("#library-tab-actions");
        robot.clickOn("#library-actions-overdue");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<ActionRow> actions = robot.lookup("#library-actions").queryAs(TableView.class);
        assertThat(actions.getItems()).extracting(r -> r.item().title()).containsExactly("Dimensionner la file",
                "Automate certificate renewal", "Keep the session cache across deploys");
        robot.doubleClickOn(robot.from(actions).lookup("Keep the session cache across deploys").<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        MainWindow editor = harness.app.windows().get(0);
        assertThat(editor.document().file().get()).isEqualTo(reports.resolve("2024/b-login.postmortem.json"));
        javafx.scene.Node root = editor.stage().getScene().getRoot();
        javafx.scene.control.TabPane sections = robot.from(root).lookup("#sections").queryAs(javafx.scene.control.TabPane.class);
        assertThat(sections.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-measures");
        TableView<?> items = robot.from(root).lookup("#action-items").queryAs(TableView.class);
        assertThat(items.getSelectionModel().getSelectedIndex()).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void inA1280PixelWindowTheTitlesAreWholeAndTheItemsTakeTheRoomTheShortColumnsLeave(FxRobot robot) {
        TableView<LibraryEntry> table = robot.lookup("#library-table").queryAs(TableView.class);
        Stage stage = (Stage) table.getScene().getWindow();
        double w = stage.getWidth();
        double h = stage.getHeight();
        try {
            robot.interact(() -> {
                stage.setWidth(1280);
                stage.setHeight(800);
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                table.getScene().getRoot().applyCss();
                table.getScene().getRoot().layout();
                // before: 260 px, and "Réveillon: la file d'attente a débordé" ended in "…"
                double longest = table.getItems().stream().mapToDouble(e -> ZoomedWidths.textWidth(
                        e.digest().title(), Theme.BASE_FONT_PX, false)).max().orElseThrow();
                assertThat(table.getColumns().get(0).getWidth()).isGreaterThan(longest + Theme.BASE_FONT_PX);
            });
            robot.clickOn("#library-tab-actions");
            WaitForAsyncUtils.waitForFxEvents();
            TableView<ActionRow> actions = robot.lookup("#library-actions").queryAs(TableView.class);
            robot.interact(() -> {
                actions.getScene().getRoot().applyCss();
                actions.getScene().getRoot().layout();
                double columns = actions.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
                double room = actions.lookup(".clipped-container").getLayoutBounds().getWidth();
                // before: the columns ended 220 px short of the table's edge while the items' titles were cut
                assertThat(columns).isCloseTo(room, org.assertj.core.data.Offset.offset(2.0));
                TableColumn<ActionRow, ?> item = actions.getColumns().stream()
                        .filter(c -> c.getText().equals("Action item")).findFirst().orElseThrow();
                assertThat(actions.getColumns()).allSatisfy(c -> assertThat(c.getWidth()).isLessThanOrEqualTo(
                        item.getWidth()));
            });
        } finally {
            robot.interact(() -> {
                stage.setWidth(w);
                stage.setHeight(h);
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMonthChartNamesEveryMonthUnderItsBar(FxRobot robot) {
        robot.clickOn("#library-tab-charts");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.chart.XYChart<String, Number> months = robot.lookup("#chart-month")
                .queryAs(javafx.scene.chart.XYChart.class);
        // The month names were once laid out but never shown: a blank band under the bars.
        List<String> shown = months.getXAxis().getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof javafx.scene.text.Text && n.isVisible() && n.getOpacity() > 0)
                .map(n -> ((javafx.scene.text.Text) n).getText()).toList();
        assertThat(shown).contains("2024-04", "2024-05", "2024-06");
        assertThat(shown).containsAll(((javafx.scene.chart.CategoryAxis) months.getXAxis()).getCategories());
    }
}
