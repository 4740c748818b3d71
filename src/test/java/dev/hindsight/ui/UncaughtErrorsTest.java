package dev.hindsight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.platform.LogFileHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An exception nobody caught is logged and shown, once, with the log's path and Copy Details. */
@ExtendWith(ApplicationExtension.class)
class UncaughtErrorsTest {
    @TempDir
    Path dir;

    private final Logger logger = Logger.getLogger(UncaughtErrors.class.getName());
    private Path log;
    private LogFileHandler handler;
    private Thread.UncaughtExceptionHandler previous;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Label("a window"), 400, 300));
        stage.show();
    }

    @BeforeEach
    void install() {
        log = dir.resolve("logs").resolve("hindsight.log");
        handler = new LogFileHandler(log, 1024 * 1024, 2);
        logger.addHandler(handler);
        previous = new UncaughtErrors(log).install();
    }

    @AfterEach
    void uninstall(FxRobot robot) {
        Thread.setDefaultUncaughtExceptionHandler(previous);
        logger.removeHandler(handler);
        handler.close();
        robot.interact(() -> dialogs().forEach(pane -> pane.getScene().getWindow().hide()));
    }

    /** The error dialogs showing now. */
    private static List<DialogPane> dialogs() {
        return Window.getWindows().stream().filter(Window::isShowing).map(w -> w.getScene().getRoot())
                .filter(root -> root instanceof DialogPane && "uncaught-error".equals(root.getId()))
                .map(DialogPane.class::cast).collect(Collectors.toList());
    }

    private static <T> T onFx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get();
    }

    /** Throws on the JavaFX thread, where an event handler's bug would. */
    private static void throwOnFxThread(RuntimeException error) {
        Platform.runLater(() -> {
            throw error;
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static IllegalStateException bug(String message) {
        return new IllegalStateException(message);
    }

    @Test
    void anErrorOnTheFxThreadShowsTheErrorTheLogAndCopyDetails(FxRobot robot) throws Exception {
        throwOnFxThread(bug("the timeline row vanished"));

        List<DialogPane> shown = onFx(UncaughtErrorsTest::dialogs);
        assertThat(shown).hasSize(1);
        DialogPane pane = shown.get(0);
        assertThat(onFx(() -> ((Label) pane.lookup("#error-summary")).getText()))
                .isEqualTo("IllegalStateException: the timeline row vanished");
        assertThat(onFx(() -> ((TextField) pane.lookup("#error-log-path")).getText())).isEqualTo(log.toString());

        Button copy = (Button) pane.lookup("#copy-details");
        robot.clickOn(copy);
        WaitForAsyncUtils.waitForFxEvents();
        String copied = onFx(() -> Clipboard.getSystemClipboard().getString());
        assertThat(copied).contains("Hindsight ", "Java ", "Thread: JavaFX Application Thread", "Log: " + log,
                "java.lang.IllegalStateException: the timeline row vanished",
                "at dev.hindsight.ui.UncaughtErrorsTest.bug(");
        assertThat(onFx(UncaughtErrorsTest::dialogs)).as("Copy Details keeps the dialog open").hasSize(1);

        String logged = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(logged).contains(" SEVERE dev.hindsight.ui.UncaughtErrors [JavaFX Application Thread]: "
                + "uncaught exception in thread \"JavaFX Application Thread\"",
                "\tjava.lang.IllegalStateException: the timeline row vanished");
    }

    @Test
    void aStormOfErrorsShowsOneDialogThatCountsTheRest() throws Exception {
        for (int i = 0; i < 30; i++) {
            throwOnFxThread(bug("again " + i));
        }
        for (int i = 0; i < 20; i++) {
            Thread worker = new Thread(() -> {
                throw new UnsupportedOperationException("from a worker");
            }, "hindsight-io-test");
            worker.start();
            worker.join();
        }
        WaitForAsyncUtils.waitForFxEvents();
        List<DialogPane> shown = onFx(UncaughtErrorsTest::dialogs);
        assertThat(shown).hasSize(1);
        assertThat(onFx(() -> ((Label) shown.get(0).lookup("#error-summary")).getText()))
                .isEqualTo("IllegalStateException: again 0");
        assertThat(onFx(() -> ((Label) shown.get(0).lookup("#error-more")).getText()))
                .isEqualTo("49 more errors since this one; they are in the log.");
        assertThat(onFx(() -> {
            Button close = (Button) shown.get(0).lookupButton(javafx.scene.control.ButtonType.CLOSE);
            return close.localToScene(close.getLayoutBounds()).getMaxY() <= close.getScene().getHeight();
        })).as("the dialog grew for the count: Close is still in view").isTrue();
        String logged = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(logged.split("uncaught exception in thread", -1)).hasSize(51);
        assertThat(logged).contains("[hindsight-io-test]: uncaught exception in thread \"hindsight-io-test\"");
    }

    @Test
    void theSameErrorRightAfterItsDialogWasClosedIsOnlyLoggedAnotherIsShown(FxRobot robot) throws Exception {
        throwOnFxThread(bug("first"));
        robot.clickOn("Close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(UncaughtErrorsTest::dialogs)).isEmpty();

        throwOnFxThread(bug("the same bug, another message"));
        assertThat(onFx(UncaughtErrorsTest::dialogs)).isEmpty();
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("the same bug, another message");

        throwOnFxThread(new IllegalArgumentException("another bug"));
        List<DialogPane> shown = onFx(UncaughtErrorsTest::dialogs);
        assertThat(shown).hasSize(1);
        assertThat(onFx(() -> ((Label) shown.get(0).lookup("#error-summary")).getText()))
                .isEqualTo("IllegalArgumentException: another bug");
    }
}
