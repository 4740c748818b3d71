package dev.hindsight.testing;

import dev.hindsight.format.ReportFiles;
import dev.hindsight.recovery.RecoveryStore;
import dev.hindsight.ui.AppContext;
import dev.hindsight.ui.support.Settings;
import dev.hindsight.ui.window.MainWindow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;

/** The application as a GUI test drives it: real windows, scripted dialogs, file work on the calling thread. */
public final class AppHarness {
    public final ScriptedDialogs dialogs = new ScriptedDialogs();
    public final List<String> openedLinks = new ArrayList<>();
    public final Path home;
    public final AppContext app;

    public AppHarness() {
        this(null);
    }

    /** With autosave into a recovery store in {@code recoveryFolder} (null: autosave off). */
    public AppHarness(Path recoveryFolder) {
        try {
            home = Files.createTempDirectory("hindsight-gui");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Settings settings = Settings.load(home.resolve("config"));
        dev.hindsight.ui.Theme.follow(settings);
        app = new AppContext(settings, new SameThreadBackground(), new ReportFiles(), openedLinks::add,
                owner -> dialogs);
        if (recoveryFolder != null) {
            try {
                app.useRecovery(new RecoveryStore(recoveryFolder).startSession());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public MainWindow open(Stage stage) {
        return app.newWindow(stage);
    }

    /**
     * A new window with {@code report} open, from the JavaFX thread, with {@code atFirstLayout} run
     * on its scene at the first layout pulse after it is shown: what its first frame holds.
     */
    public MainWindow openWatchingFirstLayout(Path report, java.util.function.Consumer<javafx.scene.Scene> atFirstLayout)
            throws Exception {
        Stage stage = new Stage();
        stage.setOnShown(e -> {
            javafx.scene.Scene scene = stage.getScene();
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                atFirstLayout.accept(scene);
            };
            scene.addPostLayoutPulseListener(once[0]);
        });
        MainWindow window = open(stage);
        window.files().open(report);
        return window;
    }
}
