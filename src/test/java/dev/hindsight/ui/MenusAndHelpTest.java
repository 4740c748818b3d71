package dev.hindsight.ui;

import dev.hindsight.ui.writing.ProseArea;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.platform.FontCoverage;
import dev.hindsight.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The menus and what they open: Help's two sheets, the Edit menu, the window's title, the fonts notice. */
class MenusAndHelpTest extends GuiTest {
    /** A machine whose fonts have Latin, general punctuation and the timeline's kind symbols, nothing else. */
    private static final String LATIN_FONTS = "20-7e a0-24f 2000-206f 25b2 25cf";

    @Start
    void start(Stage stage) {
        harness = new dev.hindsight.testing.AppHarness();
        harness.app.useFonts(FontCoverage.parse(LATIN_FONTS));
        window = harness.open(stage);
    }

    private static DialogPane openDialog() {
        WaitForAsyncUtils.waitForFxEvents();
        return Window.getWindows().stream().filter(Window::isShowing).map(w -> w.getScene().getRoot())
                .filter(DialogPane.class::isInstance).map(DialogPane.class::cast).findFirst().orElseThrow();
    }

    private static void close(FxRobot robot, DialogPane pane) {
        robot.interact(() -> {
            List<ButtonType> types = pane.getButtonTypes();
            ((Button) pane.lookupButton(types.get(types.size() - 1))).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every text the dialog shows, one piece a line. */
    private static String shownText(DialogPane pane) {
        List<String> parts = new ArrayList<>();
        collect(pane, parts);
        return String.join("\n", parts);
    }

    private static void collect(Node node, List<String> parts) {
        if (node instanceof Text text) {
            parts.add(text.getText());
        }
        if (node instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
            collect(scroll.getContent(), parts);
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(n -> collect(n, parts));
        }
    }

    private MenuBar menuBar() {
        return (MenuBar) window.stage().getScene().lookup(".menu-bar");
    }

    private MenuItem item(String id) {
        return menuBar().getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    @Test
    void helpShowsTheReportFormatDocumentOfThisBuild(FxRobot robot) throws Exception {
        robot.clickOn("Help").clickOn("Report File Format");
        DialogPane pane = openDialog();
        String shown = shownText(pane);
        List<String> doc = Files.readAllLines(Path.of("docs/format/report-format.md"), StandardCharsets.UTF_8);
        String heading = doc.get(0).replaceFirst("^#+\\s*", "");
        assertThat(shown).doesNotContain("missing from this build").contains(heading);
        // every level-2 heading of the document is there, in its words
        for (String line : doc) {
            if (line.startsWith("## ")) {
                assertThat(shown).contains(line.substring(3).replace("`", ""));
            }
        }
        // a narrow table column wraps between words, never inside one ("formatVe" / "rsion")
        List<String> broken = new ArrayList<>();
        robot.interact(() -> {
            for (Node table : pane.lookupAll(".md-table")) {
                for (Node cell : ((javafx.scene.layout.Pane) table).getChildren()) {
                    for (Node piece : ((javafx.scene.text.TextFlow) cell).getChildren()) {
                        for (String word : ((Text) piece).getText().split("\\s+")) {
                            Text probe = new Text(word);
                            probe.setFont(((Text) piece).getFont());
                            if (probe.getLayoutBounds().getWidth() > ((javafx.scene.layout.Region) cell).getWidth() + 1) {
                                broken.add(word);
                            }
                        }
                    }
                }
            }
        });
        assertThat(pane.lookupAll(".md-table")).isNotEmpty();
        assertThat(broken).isEmpty();
        close(robot, pane);
    }

    @Test
    void theShortcutSheetListsEveryShortcutOfTheMenus(FxRobot robot) {
        robot.type(KeyCode.F1);
        DialogPane pane = openDialog();
        String shown = shownText(pane);
        List<String> missing = new ArrayList<>();
        for (Menu menu : menuBar().getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() != null) {
                    String label = item.getText().replace("_", "");
                    if (!shown.contains(item.getAccelerator().getDisplayText()) || !shown.contains(label)) {
                        missing.add(item.getAccelerator().getDisplayText() + " " + label);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
        // the two export shortcuts the first sheet forgot
        assertThat(shown).contains(item("menu-export-pdf").getAccelerator().getDisplayText(),
                item("menu-export-markdown").getAccelerator().getDisplayText(), "Export PDF", "Export Markdown");
        close(robot, pane);
    }

    @Test
    void theEditMenuActsOnTheFocusedFieldAndIsEnabledWhenItApplies(FxRobot robot) {
        robot.clickOn("#summary-title").write("Hello world");
        WaitForAsyncUtils.waitForFxEvents();
        ProseArea title = robot.lookup("#summary-title").queryAs(ProseArea.class);
        robot.interact(() -> title.deselect());
        assertThat(item("menu-cut").isDisable()).as("cut without a selection").isTrue();
        assertThat(item("menu-copy").isDisable()).as("copy without a selection").isTrue();
        assertThat(item("menu-select-all").isDisable()).isFalse();

        robot.clickOn("Edit").clickOn("Select All");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title.getSelectedText()).isEqualTo("Hello world");
        assertThat(item("menu-cut").isDisable()).isFalse();

        robot.clickOn("Edit").clickOn("Copy");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> assertThat(Clipboard.getSystemClipboard().getString()).isEqualTo("Hello world"));

        robot.clickOn("Edit").clickOn("Cut");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title.getText()).isEmpty();
        assertThat(window.document().current().title()).isEmpty();
        assertThat(item("menu-paste").isDisable()).isFalse();

        robot.clickOn("Edit").clickOn("Paste");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().current().title()).isEqualTo("Hello world");

        robot.interact(() -> title.setEditable(false));
        assertThat(item("menu-paste").isDisable()).as("paste into a read-only field").isTrue();
        robot.interact(() -> title.setEditable(true));
    }

    @Test
    void theEditMenuCopiesAndSelectsTimelineRows(FxRobot robot) {
        openFixture(robot, Fixtures.EXAMPLE);
        shortcut(robot, KeyCode.DIGIT2);
        TableView<?> table = robot.lookup("#timeline").queryAs(TableView.class);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(0);
        });
        robot.interact(() -> {
            ClipboardContent empty = new ClipboardContent();
            empty.putString("");
            Clipboard.getSystemClipboard().setContent(empty);
        });
        assertThat(item("menu-copy").isDisable()).isFalse();
        robot.clickOn("Edit").clickOn("Select All");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getSelectionModel().getSelectedIndices()).hasSize(table.getItems().size());
        robot.clickOn("Edit").clickOn("Copy");
        WaitForAsyncUtils.waitForFxEvents();
        String first = window.document().current().timeline().get(0).text();
        String last = window.document().current().timeline().get(table.getItems().size() - 1).text();
        robot.interact(() -> assertThat(Clipboard.getSystemClipboard().getString()).contains(first, last));

        robot.interact(() -> table.getSelectionModel().clearSelection());
        assertThat(item("menu-copy").isDisable()).as("no row selected").isTrue();
        assertThat(item("menu-cut").isDisable()).isTrue();
    }

    @Test
    void whatReachesTheWindowSystemHasNoControlCharacters(FxRobot robot) throws Exception {
        Path file = harness.home.resolve("nul.postmortem.json");
        String report = new String(Fixtures.bytes(Fixtures.EXAMPLE), StandardCharsets.UTF_8)
                .replace("\"Database Vanished\"", "\"Data\\u0000base\\u0007 \\u202Egnp.exe\\ud800\\n gone\"");
        Files.writeString(file, report);
        harness.dialogs.openAnswers.add(file);
        shortcut(robot, KeyCode.O);
        assertThat(window.document().current().title()).contains("\u0000");
        assertThat(window.stage().getTitle()).isEqualTo("Database gnp.exe  gone \u2014 nul.postmortem.json \u2014 Hindsight");

        Path longFile = harness.home.resolve("long.postmortem.json");
        Files.writeString(longFile, report.replace("Data\\u0000base", "x".repeat(50_000)));
        harness.dialogs.openAnswers.add(longFile);
        shortcut(robot, KeyCode.O);
        String title = window.stage().getTitle();
        assertThat(title.codePointCount(0, title.length())).isLessThanOrEqualTo(200);
        assertThat(title).startsWith("xxx").endsWith(" \u2014 long.postmortem.json \u2014 Hindsight");
    }

    @Test
    void charactersNoFontHasAreNamedOnceInTheStatusBar(FxRobot robot) throws Exception {
        openFixture(robot, "multilingual.postmortem.json");
        // Looked up in this window only: an earlier test class's window in the same JVM has a status bar too.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.from(window.stage().getScene().getRoot()).lookup("#status-fonts").queryAs(Label.class).getText().isEmpty());
        Label notice = robot.from(window.stage().getScene().getRoot()).lookup("#status-fonts").queryAs(Label.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).matches("\\d+ characters cannot be shown");
        robot.moveTo(notice); // the tooltip is made as the pointer comes over the notice
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notice.getTooltip().getText()).contains("Greek: ", "Han: ", "Arabic: ", "Hebrew: ", "Cyrillic: ",
                "U+0391 GREEK CAPITAL LETTER ALPHA", "fonts-noto-cjk").doesNotContain("Latin", "U+0041");
        assertThat(robot.from(window.stage().getScene().getRoot()).lookup(".label").queryAllAs(Label.class).stream()
                .filter(l -> l.isVisible() && l.getText() != null && l.getText().contains("cannot be shown"))
                .collect(Collectors.toList())).hasSize(1);

        openFixture(robot, Fixtures.EXAMPLE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.from(window.stage().getScene().getRoot()).lookup("#status-fonts").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.from(window.stage().getScene().getRoot()).lookup("#status-fonts").queryAs(Label.class).isVisible()).isFalse();
    }
}
