package dev.hindsight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.testing.Fixtures;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The window opens headless with the report named on the command line. */
class WindowSmokeTest {
    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theWindowOpensWithTheReportShown() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(HindsightApp.class, Fixtures.path(Fixtures.EXAMPLE).toString());
        FxRobot robot = new FxRobot();
        TableView<?> timeline = robot.lookup("#timeline").queryAs(TableView.class);
        assertThat(timeline.getItems()).hasSize(11);
        assertThat(stage.getTitle()).startsWith("Database Vanished");
    }
}
