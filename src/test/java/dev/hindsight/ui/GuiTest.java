package dev.hindsight.ui;

import dev.hindsight.testing.AppHarness;
import dev.hindsight.testing.Fixtures;
import dev.hindsight.ui.window.MainWindow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Shared set-up of the GUI tests: one window of the application with scripted dialogs, and keyboard helpers. */
@ExtendWith(ApplicationExtension.class)
abstract class GuiTest {
    protected AppHarness harness;
    protected MainWindow window;

    /** Opens the window; each test class calls it from its own {@code @Start} method (TestFX looks only there). */
    protected void open(Stage stage) {
        harness = new AppHarness();
        window = harness.open(stage);
    }

    /** Opens the window with autosave into a fresh recovery store under {@code folder}. */
    protected void openWithAutosave(Stage stage, java.nio.file.Path folder) {
        harness = new AppHarness(folder.resolve("store-" + System.nanoTime()));
        window = harness.open(stage);
    }

    /**
     * Hides every window the test left showing (other report windows, a library, dialogs): TestFX
     * looks nodes up across all showing windows of the JVM, so the next test would find this
     * one's fields first.
     */
    @org.junit.jupiter.api.AfterEach
    void hideWindowsLeftShowing() throws java.util.concurrent.TimeoutException {
        org.testfx.api.FxToolkit.cleanupStages();
    }

    protected static void shortcut(FxRobot robot, KeyCode... keys) {
        KeyCode[] all = new KeyCode[keys.length + 1];
        all[0] = KeyCode.CONTROL;
        System.arraycopy(keys, 0, all, 1, keys.length);
        robot.push(all);
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected static void keys(FxRobot robot, KeyCode... keys) {
        for (KeyCode key : keys) {
            robot.type(key);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected static void write(FxRobot robot, String text) {
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits up to 20 s for {@code condition} (a check off the FX thread reaching the window), then for the FX events. */
    protected static void waitUntil(java.util.function.BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected void openFixture(FxRobot robot, String name) {
        harness.dialogs.openAnswers.add(Fixtures.path(name));
        shortcut(robot, KeyCode.O);
    }
}
