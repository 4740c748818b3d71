package dev.hindsight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.testing.AppHarness;
import dev.hindsight.testing.Fixtures;
import dev.hindsight.ui.window.MainWindow;
import dev.hindsight.ui.writing.ProseArea;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a new window's first frame no longer makes (issue 18) is there when first used: a toolbar
 * button's and a drop-down's tooltip once the pointer comes over them, a text field's own menu on a
 * right click (without the field's private Undo), a prose field's menu (RichTextFX) on a right click,
 * the export's progress bar and Cancel button when an export runs, the window's icons once the
 * frame is drawn.
 */
@ExtendWith(ApplicationExtension.class)
class FirstFramePopupsTest {
    private AppHarness harness;

    @Start
    void start(Stage unused) {
        harness = new AppHarness();
    }

    @Test
    void tooltipsMenusAndTheExportBarAreMadeWhenFirstUsed(FxRobot robot) throws Exception {
        List<String> inFirstLayout = new ArrayList<>();
        MainWindow[] window = new MainWindow[1];
        window[0] = WaitForAsyncUtils.asyncFx(() -> harness.openWatchingFirstLayout(Fixtures.path(Fixtures.EXAMPLE),
                scene -> {
                    Parent root = scene.getRoot();
                    for (String id : List.of("#tool-save", "#summary-severity", "#summary-incident-id")) {
                        Control c = (Control) root.lookup(id);
                        if (c.getTooltip() != null || c.getContextMenu() != null) {
                            inFirstLayout.add(id);
                        }
                    }
                    if (((ProseArea) root.lookup("#summary-title")).getContextMenu() != null) {
                        inFirstLayout.add("#summary-title");
                    }
                    if (root.lookup("#status-export-progress") != null) {
                        inFirstLayout.add("#status-export-progress");
                    }
                })).get(30, TimeUnit.SECONDS);
        Stage[] stage = {window[0].stage()};
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inFirstLayout).as("popups made for the first frame").isEmpty();
        Parent root = stage[0].getScene().getRoot();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !stage[0].getIcons().isEmpty());
        assertThat(stage[0].getIcons()).hasSize(AppIcons.SIZES.size());

        Button save = robot.from(root).lookup("#tool-save").queryAs(Button.class);
        assertThat(save.getAccessibleHelp()).as("said to a screen reader from the start").startsWith("Save (");
        robot.moveTo(save);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(save.getTooltip()).isNotNull();
        assertThat(save.getTooltip().getText()).startsWith("Save (").endsWith("+S)");
        ComboBox<?> severity = robot.from(root).lookup("#summary-severity").queryAs(ComboBox.class);
        robot.moveTo(severity);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(severity.getTooltip().getText()).startsWith("Type to choose: 1 SEV1");

        TextField id = robot.from(root).lookup("#summary-incident-id").queryAs(TextField.class);
        // what the menu key (or a right click) sends the field
        robot.interact(() -> {
            javafx.geometry.Bounds at = id.localToScreen(id.getBoundsInLocal());
            javafx.event.Event.fireEvent(id, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10,
                    at.getMinX() + 10, at.getMinY() + 10, true, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(id.getContextMenu()).isNotNull();
        assertThat(id.getContextMenu().isShowing()).as("shown by the same right click").isTrue();
        assertThat(id.getContextMenu().getItems().stream().map(MenuItem::getText).toList())
                .containsExactly("Cut", "Copy", "Paste", "Delete", null, "Select All");
        robot.clickOn("Select All");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(id.getSelectedText()).isEqualTo(id.getText()).isNotEmpty();
        robot.type(KeyCode.ESCAPE);

        ProseArea title = robot.from(root).lookup("#summary-title").queryAs(ProseArea.class);
        robot.interact(() -> {
            javafx.geometry.Bounds at = title.localToScreen(title.getBoundsInLocal());
            javafx.event.Event.fireEvent(title, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10,
                    at.getMinX() + 10, at.getMinY() + 10, false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title.isMenuShowing()).as("a prose field's menu, shown by the right click that made it").isTrue();
        assertThat(title.getContextMenu().getItems().stream().map(MenuItem::getText).toList())
                .endsWith("Cut", "Copy", "Paste", "Delete", null, "Select All");
        robot.clickOn("Select All");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title.getSelectedText()).isEqualTo("Database Vanished");
        robot.type(KeyCode.ESCAPE);

        List<Boolean> barShown = new ArrayList<>();
        robot.interact(() -> window[0].exports().progress().addListener((o, was, now) -> {
            Node bar = root.lookup("#status-export-progress");
            if (now.doubleValue() >= 0 && barShown.isEmpty()) {
                barShown.add(bar != null && bar.isVisible() && bar.getParent().isVisible()
                        && root.lookup("#status-export-cancel") != null);
            }
        }));
        Path md = harness.home.resolve("first-frame.md");
        harness.dialogs.exportAnswers.add(md);
        robot.interact(() -> window[0].exports().exportMarkdown());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(md) && !harness.dialogs.exportsDone.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(barShown).as("the export's bar and Cancel button, shown while it ran").containsExactly(true);
        assertThat(root.lookup("#status-export-progress").getParent().isVisible()).as("hidden once done").isFalse();
        robot.interact(() -> stage[0].close());
    }
}
