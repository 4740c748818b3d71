package dev.hindsight.ui;

import dev.hindsight.ui.writing.ProseArea;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.testing.AppHarness;
import dev.hindsight.testing.Fixtures;
import dev.hindsight.ui.dialogs.ConflictChoice;
import dev.hindsight.ui.dialogs.RecoveryChoice;
import dev.hindsight.ui.window.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Nothing typed is lost: a crash is recovered at the next start, and a colleague's change is never overwritten silently. */
class RecoveryAndConflictTest extends GuiTest {
    @TempDir
    static Path recovery;

    @Start
    void start(Stage stage) {
        harness = new AppHarness(recovery.resolve("store-" + System.nanoTime()));
        window = harness.open(stage);
    }

    @Test
    void anEditSurvivesACrashAndIsRestoredAtTheNextStart(FxRobot robot) throws Exception {
        Path store = harness.app.recovery().folder().getParent();
        Path file = Fixtures.copy(Fixtures.EXAMPLE, harness.home);
        harness.dialogs.openAnswers.add(file);
        shortcut(robot, KeyCode.O);
        robot.clickOn("#summary-incident-id").type(KeyCode.END).write("-crash");
        WaitForAsyncUtils.waitForFxEvents();
        window.flushAutosave();
        // The copy is written on the autosave thread (now, or by the debouncer if it already fired).
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#status-autosave").queryLabeled().getText().startsWith("Autosaved"));

        // The crash: the process state is dropped without a clean close; only the files remain.
        harness.app.recovery().closeKeepingCopies();
        robot.interact(() -> window.stage().hide());

        AppHarness next = new AppHarness(store);
        next.dialogs.recoveries.add(RecoveryChoice.RESTORE);
        MainWindow[] restored = new MainWindow[1];
        robot.interact(() -> {
            restored[0] = next.open(new Stage());
            new RecoveryPrompt(next.app).offer(restored[0]);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(next.dialogs.recoveryOffers).singleElement().asString()
                .startsWith("Database Vanished | " + file.toAbsolutePath());
        assertThat(restored[0].document().current().incidentId()).isEqualTo("INC-2024-0610-crash");
        assertThat(restored[0].document().dirty().get()).as("a restored report is unsaved").isTrue();
        assertThat(restored[0].document().file().get()).isEqualTo(file.toAbsolutePath());
        assertThat(Files.readString(file)).as("the user's file was never written").contains("\"INC-2024-0610\"");
        robot.interact(() -> restored[0].stage().hide());
    }

    @Test
    void savingOverAFileAColleagueChangedAsksFirst(FxRobot robot) throws Exception {
        Path file = Fixtures.copy(Fixtures.EXAMPLE, harness.home);
        harness.dialogs.openAnswers.add(file);
        shortcut(robot, KeyCode.O);
        robot.clickOn("#summary-title").type(KeyCode.END).write(" (mine)");
        WaitForAsyncUtils.waitForFxEvents();
        String theirs = Files.readString(file).replace("\"Database Vanished\"", "\"Database Vanished (theirs)\"");
        Files.writeString(file, theirs);

        harness.dialogs.conflicts.add(ConflictChoice.CANCEL);
        shortcut(robot, KeyCode.S);
        assertThat(harness.dialogs.asked).contains("conflict:" + file.getFileName());
        assertThat(Files.readString(file)).isEqualTo(theirs);
        assertThat(window.document().dirty().get()).isTrue();

        Path mine = harness.home.resolve("mine.postmortem.json");
        harness.dialogs.conflicts.add(ConflictChoice.SAVE_AS);
        harness.dialogs.saveAnswers.add(mine);
        shortcut(robot, KeyCode.S);
        assertThat(Files.readString(file)).isEqualTo(theirs);
        assertThat(Files.readString(mine)).contains("\"title\": \"Database Vanished (mine)\"");

        Files.writeString(mine, Files.readString(mine).replace("(mine)", "(edited elsewhere)"));
        robot.clickOn("#summary-title").type(KeyCode.END).write("!");
        harness.dialogs.conflicts.add(ConflictChoice.RELOAD);
        shortcut(robot, KeyCode.S);
        assertThat(robot.lookup("#summary-title").queryAs(ProseArea.class).getText())
                .isEqualTo("Database Vanished (edited elsewhere)");
        assertThat(window.document().dirty().get()).isFalse();
    }
}
