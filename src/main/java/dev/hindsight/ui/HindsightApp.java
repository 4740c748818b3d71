package dev.hindsight.ui;

import dev.hindsight.format.ReadResult;
import dev.hindsight.format.ReportFiles;
import dev.hindsight.format.ReportFormatException;
import dev.hindsight.model.Report;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/** The JavaFX application: opens one window, with the report named on the command line if any. */
public final class HindsightApp extends Application {

    public static void launchWindow(String[] args) {
        Application.launch(HindsightApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        List<String> files = getParameters().getUnnamed();
        ReportView view = new ReportView();
        view.show(Report.blank(), null);
        if (!files.isEmpty()) {
            Path file = Path.of(files.get(0));
            try {
                ReadResult result = new ReportFiles().open(file);
                view.show(result.report(), file);
            } catch (ReportFormatException e) {
                new Alert(Alert.AlertType.ERROR, e.getMessage()).show();
            }
        }
        stage.setTitle(view.windowTitle());
        stage.setScene(new Scene(view.root(), 1100, 760));
        stage.show();
        StartupProbe.afterShown(stage);
    }
}
