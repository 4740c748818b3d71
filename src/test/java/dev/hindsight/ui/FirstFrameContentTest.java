package dev.hindsight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.testing.AppHarness;
import dev.hindsight.testing.Fixtures;
import dev.hindsight.ui.window.MainWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A new window's first frame holds what it shows and no more (issue 18): the Summary's
 * classification, below the fold, is built once that frame is drawn, and the hidden find bar joins
 * the window when first opened. Both then work as before: typed into, undone, found in.
 */
@ExtendWith(ApplicationExtension.class)
class FirstFrameContentTest {
    private static final List<String> WATCHED = List.of("#summary-title", "#summary-impact", "#summary-tags",
            "#summary-near-miss", "#find-bar", "#find-text");

    private AppHarness harness;

    @Start
    void start(Stage unused) {
        harness = new AppHarness();
    }

    @Test
    void theClassificationAndTheFindBarAreLeftOutOfTheFirstFrameAndWorkOnceThere(FxRobot robot) throws Exception {
        List<String> inFirstLayout = new ArrayList<>();
        MainWindow[] window = new MainWindow[1];
        window[0] = WaitForAsyncUtils.asyncFx(() -> harness.openWatchingFirstLayout(Fixtures.path(Fixtures.EXAMPLE),
                scene -> {
                    WATCHED.stream().filter(id -> scene.lookup(id) != null).forEach(inFirstLayout::add);
                })).get(30, TimeUnit.SECONDS);
        Stage[] stage = {window[0].stage()};
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inFirstLayout).as("laid out for the first frame").containsExactly("#summary-title", "#summary-impact");

        Parent root = stage[0].getScene().getRoot();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> root.lookup("#summary-tags") != null);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> ((javafx.scene.control.ScrollPane) root.lookup("#summary")).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.from(root).lookup("#summary-tags").queryAs(TextField.class)).write("database");
        robot.clickOn(robot.from(root).lookup("#summary-near-miss").queryAs(CheckBox.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window[0].document().current().classification().tags()).containsExactly("database");
        assertThat(window[0].document().current().classification().nearMiss()).isTrue();
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window[0].document().current().classification().nearMiss()).as("undone like any edit").isFalse();

        robot.push(KeyCode.CONTROL, KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(root.lookup("#find-bar")).as("in the window once opened").isNotNull();
        assertThat(root.lookup("#find-bar").isVisible()).isTrue();
        assertThat(root.lookup("#find-text").isFocused()).isTrue();
        robot.write("vanished");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window[0].findBar().result().matches().size() > 0);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(root.lookup("#find-bar").isVisible()).isFalse();
        robot.interact(() -> stage[0].close());
    }
}
