package dev.hindsight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.format.ReportFiles;
import dev.hindsight.testing.AppHarness;
import dev.hindsight.testing.Fixtures;
import dev.hindsight.ui.window.MainWindow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The report named on the command line is read while its window is built and is in the window's
 * first frame; a file that cannot be read leaves an empty window and says why, as File > Open does.
 */
@ExtendWith(ApplicationExtension.class)
class FirstReportTest {
    private AppHarness harness;

    @Start
    void start(Stage unused) {
        harness = new AppHarness();
    }

    /** The file the window's document had when the window was first shown. */
    private Path atFirstFrame;

    private MainWindow openAtStart(Path file) throws Exception {
        return openAtStart(file, AppContext.startReading(new ReportFiles(), file));
    }

    private MainWindow openAtStart(Path file, CompletableFuture<dev.hindsight.format.OpenedReport> reading)
            throws Exception {
        CompletableFuture<Boolean> opened = new CompletableFuture<>();
        Stage[] stage = new Stage[1];
        WaitForAsyncUtils.asyncFx(() -> {
            stage[0] = new Stage();
            stage[0].setOnShown(e -> atFirstFrame = harness.app.windows().stream().filter(w -> w.stage() == stage[0])
                    .findFirst().orElseThrow().document().file().get());
            harness.app.newWindowOpening(stage[0], file, reading)
                    .whenComplete((done, failed) -> opened.complete(failed == null && done));
        }).get(30, TimeUnit.SECONDS);
        opened.get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return harness.app.windows().stream().filter(w -> w.stage() == stage[0]).findFirst().orElseThrow();
    }

    @Test
    void aReportReadWhileTheWindowWasBuiltIsInItsFirstFrame(FxRobot robot) throws Exception {
        Path file = Fixtures.path(Fixtures.EXAMPLE);
        MainWindow window = openAtStart(file, CompletableFuture.completedFuture(new ReportFiles().openTracked(file)));
        assertThat(atFirstFrame).as("in the window when it was shown").isEqualTo(file);
        assertThat(window.document().current().title()).isEqualTo("Database Vanished");
        robot.interact(() -> window.stage().close());
    }

    @Test
    void aReportStillBeingReadWhenTheWindowIsReadyArrivesOnceRead(FxRobot robot) throws Exception {
        Path file = Fixtures.path(Fixtures.EXAMPLE);
        CompletableFuture<dev.hindsight.format.OpenedReport> slow = new CompletableFuture<>();
        CompletableFuture<Boolean> opened = new CompletableFuture<>();
        Stage[] stage = new Stage[1];
        WaitForAsyncUtils.asyncFx(() -> {
            stage[0] = new Stage();
            harness.app.newWindowOpening(stage[0], file, slow).whenComplete((done, failed) -> opened.complete(done));
        }).get(30, TimeUnit.SECONDS);
        MainWindow window = harness.app.windows().stream().filter(w -> w.stage() == stage[0]).findFirst().orElseThrow();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.isUnused()).as("shown without the report").isTrue();
        assertThat(stage[0].isShowing()).isTrue();

        slow.complete(new ReportFiles().openTracked(file));
        assertThat(opened.get(30, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().file().get()).isEqualTo(file);
        assertThat(window.document().current().title()).isEqualTo("Database Vanished");
        assertThat(window.document().dirty().get()).isFalse();
        robot.interact(() -> window.stage().close());
    }

    @Test
    void theReportNamedOnTheCommandLineOpensAsFileOpenWould(FxRobot robot) throws Exception {
        Path file = Fixtures.path(Fixtures.EXAMPLE);
        MainWindow window = openAtStart(file);
        assertThat(window.document().file().get()).isEqualTo(file);
        assertThat(window.document().dirty().get()).isFalse();
        assertThat(window.document().canUndo().get()).as("opening is not an edit").isFalse();
        dev.hindsight.ui.writing.ProseArea title = robot.from(window.stage().getScene().getRoot()).lookup("#summary-title")
                .queryAs(dev.hindsight.ui.writing.ProseArea.class);
        assertThat(title.getText()).isEqualTo(window.document().current().title()).isNotBlank();
        assertThat(harness.dialogs.errors).isEmpty();
        robot.interact(() -> window.stage().close());
    }

    @Test
    void aFileThatCannotBeReadLeavesAnEmptyWindowAndSaysWhy(FxRobot robot) throws Exception {
        Path file = harness.home.resolve("broken.postmortem.json");
        Files.writeString(file, "{\"format\": \"hindsight-postmortem\", \"formatVersion\": 2, ", StandardCharsets.UTF_8);
        MainWindow window = openAtStart(file);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !harness.dialogs.errors.isEmpty());
        assertThat(harness.dialogs.errors.get(0)).contains("cannot be opened");
        assertThat(window.document().file().get()).isNull();
        assertThat(window.isUnused()).isTrue();
        robot.interact(() -> window.stage().close());

        Path missing = harness.home.resolve("gone.postmortem.json");
        MainWindow second = openAtStart(missing);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> harness.dialogs.errors.size() == 2);
        assertThat(second.isUnused()).isTrue();
        robot.interact(() -> second.stage().close());
    }
}
