package dev.hindsight.ui;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Measures start-up for benchmarks and for making class-data-sharing archives: with
 * {@code -Dhindsight.exitWhenShown=true} the application prints the time from JVM start to
 * the first frame of its window, then exits.
 */
final class StartupProbe {
    static final String PROPERTY = "hindsight.exitWhenShown";

    private StartupProbe() {
    }

    static void afterShown(Stage stage) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        // Two pulses later the scene has been laid out and rendered at least once.
        Platform.runLater(() -> Platform.runLater(() -> {
            long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("hindsight: window shown " + millis + " ms after JVM start");
            Platform.exit();
        }));
    }
}
