package dev.hindsight.ui;

import dev.hindsight.ui.dialogs.ErrorDialog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * What becomes of an exception no code caught, on the JavaFX thread or any other: it is logged
 * with its stack trace and shown in an {@link ErrorDialog} naming the log, instead of vanishing
 * (the Windows launcher has no console). One dialog at a time: errors that come while it is
 * open are logged and counted on it, and the same error again soon after it was closed is only
 * logged, so a storm of exceptions cannot bury the window under dialogs.
 */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler {
    /** How long after its dialog was closed the same error is only logged. */
    static final Duration QUIET_AFTER_CLOSE = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(UncaughtErrors.class.getName());

    private final Path logFile;
    // Only touched on the JavaFX thread:
    private ErrorDialog open;
    private String lastShown;
    private long lastClosed;

    public UncaughtErrors(Path logFile) {
        this.logFile = logFile;
    }

    /** Makes this the handler of every thread without one of its own; returns the one it replaces. */
    public Thread.UncaughtExceptionHandler install() {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(this);
        return previous;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.log(Level.SEVERE, "uncaught exception in thread \"" + thread.getName() + "\"", error);
        String name = thread.getName();
        try {
            Platform.runLater(() -> show(name, error));
        } catch (IllegalStateException notRunning) {
            LOG.warning("the error is not shown: the window toolkit is not running");
        }
    }

    private void show(String thread, Throwable error) {
        if (open != null) {
            open.oneMore();
            return;
        }
        String signature = signature(error);
        if (signature.equals(lastShown) && System.nanoTime() - lastClosed < QUIET_AFTER_CLOSE.toNanos()) {
            return;
        }
        try {
            ErrorDialog dialog = new ErrorDialog(error, thread, logFile);
            dialog.setOnHidden(e -> {
                open = null;
                lastClosed = System.nanoTime();
            });
            open = dialog;
            lastShown = signature;
            dialog.show();
        } catch (RuntimeException | Error e) {
            // Thrown on: handing it back to this handler could loop.
            open = null;
            LOG.log(Level.SEVERE, "the error dialog could not be shown", e);
        }
    }

    /** The same error: its class and where it was thrown, whatever its message says this time. */
    private static String signature(Throwable error) {
        StackTraceElement[] trace = error.getStackTrace();
        return error.getClass().getName() + (trace.length > 0 ? " at " + trace[0] : "");
    }
}
