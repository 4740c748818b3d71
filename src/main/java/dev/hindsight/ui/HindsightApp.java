package dev.hindsight.ui;

import dev.hindsight.format.ReportFiles;
import dev.hindsight.platform.AppDirs;
import dev.hindsight.ui.dialogs.FxDialogService;
import dev.hindsight.ui.support.FxBackground;
import dev.hindsight.ui.support.Settings;
import dev.hindsight.ui.window.MainWindow;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application and composition root: shared services, then one window per report. */
public final class HindsightApp extends Application {

    public static void launchWindow(String[] args) {
        Application.launch(HindsightApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Settings settings = Settings.load(AppDirs.current().config());
        Theme.follow(settings);
        AppContext app = new AppContext(settings, new FxBackground(), new ReportFiles(),
                url -> getHostServices().showDocument(url), FxDialogService::new);
        MainWindow first = app.newWindow(stage);
        List<String> files = getParameters().getUnnamed();
        if (!files.isEmpty()) {
            first.files().open(Path.of(files.get(0)));
            files.stream().skip(1).map(Path::of).forEach(app::openInWindow);
        }
        StartupProbe.afterShown(stage);
    }
}
