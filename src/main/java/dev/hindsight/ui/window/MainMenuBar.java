package dev.hindsight.ui.window;

import dev.hindsight.export.PageSize;
import dev.hindsight.ui.support.Settings;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;

/** The menu bar of a window: File, Edit, View, Report, Help, with mnemonics and accelerators. */
final class MainMenuBar {
    private MainMenuBar() {
    }

    static MenuBar build(MainWindow window, WindowActions a, SectionTabs tabs, Settings settings,
                         List<AppAction> reportActions, ExportActions exports) {
        Menu recent = new Menu("Open _Recent");
        recent.setId("menu-recent");
        fillRecent(recent, window, settings);
        settings.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent(recent, window, settings));

        Menu file = menu("_File", a.newReport.menuItem(), a.newWindow.menuItem(), a.newFromFile.menuItem(),
                new SeparatorMenuItem(), a.open.menuItem(), recent, new AppAction("Open _Folder as Library\u2026",
                        WindowActions.keys(KeyCode.O, WindowActions.SHIFT), null, window::openLibrary)
                        .id("open-folder").menuItem(), new SeparatorMenuItem(), a.save.menuItem(),
                a.saveAs.menuItem());
        file.getItems().addAll(new SeparatorMenuItem(), a.importDocument.menuItem(), a.importPasted.menuItem());
        CheckMenuItem embed = new CheckMenuItem("Markdown with Pictures _Inside");
        embed.setId("menu-embed-pictures");
        embed.selectedProperty().bindBidirectional(exports.embedPictures());
        file.getItems().addAll(new SeparatorMenuItem(), a.exportPdf.menuItem(), a.exportMarkdown.menuItem(),
                a.exportHtml.menuItem(), a.exportWord.menuItem(), pageSizes(exports), embed);
        file.getItems().addAll(new SeparatorMenuItem(), a.close.menuItem(), a.quit.menuItem());

        Menu edit = menu("_Edit", a.undo.menuItem(), a.redo.menuItem(), new SeparatorMenuItem(), a.cut.menuItem(),
                a.copy.menuItem(), a.paste.menuItem(), new SeparatorMenuItem(), a.selectAll.menuItem());
        edit.setOnShowing(e -> a.edits.clipboardChanged());
        edit.getItems().addAll(new SeparatorMenuItem(), a.copySectionRich.menuItem(), a.copyReportRich.menuItem());
        edit.getItems().add(new SeparatorMenuItem());
        edit.getItems().addAll(window.findItems());

        Menu view = menu("_View");
        for (int i = 0; i < SectionTabs.NAMES.size(); i++) {
            int index = i;
            view.getItems().add(new AppAction(SectionTabs.NAMES.get(i),
                    WindowActions.keys(KeyCode.getKeyCode(Integer.toString(i + 1))), null, () -> tabs.select(index))
                    .id("tab-" + (i + 1)).menuItem());
        }
        CheckMenuItem reviewPanel = new CheckMenuItem("_Review Panel");
        reviewPanel.setId("menu-review");
        reviewPanel.setAccelerator(new javafx.scene.input.KeyCodeCombination(KeyCode.F7));
        reviewPanel.selectedProperty().bindBidirectional(window.reviewShown());
        view.getItems().addAll(new SeparatorMenuItem(), reviewPanel);
        CheckMenuItem dark = new CheckMenuItem("_Dark Theme");
        dark.setId("menu-dark");
        dark.selectedProperty().bindBidirectional(settings.darkTheme());
        view.getItems().addAll(new SeparatorMenuItem(), dark, new SeparatorMenuItem(),
                new AppAction("Zoom _In", WindowActions.keys(KeyCode.EQUALS), null, () -> zoom(settings, 1.1))
                        .id("zoom-in").menuItem(),
                new AppAction("Zoom _Out", WindowActions.keys(KeyCode.MINUS), null, () -> zoom(settings, 1 / 1.1))
                        .id("zoom-out").menuItem(),
                new AppAction("_Actual Size", WindowActions.keys(KeyCode.DIGIT0), null, () -> settings.zoom().set(1.0))
                        .id("zoom-reset").menuItem());

        Menu insert = menu("_Insert", new AppAction("_Image\u2026", WindowActions.keys(KeyCode.I, WindowActions.SHIFT),
                null, window::insertImage).id("insert-image").menuItem());

        Menu report = menu("_Report");
        reportActions.forEach(x -> report.getItems().add(x == null ? new SeparatorMenuItem() : x.menuItem()));

        Menu help = menu("_Help",
                new AppAction("_Keyboard Shortcuts", new javafx.scene.input.KeyCodeCombination(KeyCode.F1), null,
                        window::showShortcuts).id("shortcuts").menuItem(),
                new AppAction("Report _File Format", null, null, window::showFormatHelp).id("format-help").menuItem(),
                new SeparatorMenuItem(),
                new AppAction("_About Hindsight", null, null, window::showAbout).id("about").menuItem());
        MenuBar bar = new MenuBar(file, edit, view, insert);
        if (!report.getItems().isEmpty()) {
            bar.getMenus().add(report);
        }
        bar.getMenus().add(help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static Menu pageSizes(ExportActions exports) {
        Menu menu = new Menu("PDF _Page Size");
        menu.setId("menu-page-size");
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        for (PageSize size : PageSize.values()) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(
                    size == PageSize.A4 ? "A4" : "US Letter");
            item.setToggleGroup(group);
            item.setSelected(exports.pageSize().get() == size);
            item.setOnAction(e -> exports.pageSize().set(size));
            menu.getItems().add(item);
        }
        return menu;
    }

    private static Menu menu(String name, MenuItem... items) {
        Menu menu = new Menu(name);
        menu.setMnemonicParsing(true);
        menu.getItems().addAll(items);
        return menu;
    }

    private static void zoom(Settings settings, double factor) {
        settings.zoom().set(Settings.clampZoom(settings.zoom().get() * factor));
    }

    private static void fillRecent(Menu recent, MainWindow window, Settings settings) {
        recent.getItems().clear();
        List<Path> files = settings.recentFiles();
        for (int i = 0; i < files.size(); i++) {
            Path path = files.get(i);
            String where = path.getFileName() + "  \u2014  " + path.getParent();
            MenuItem item = new MenuItem((i < 9 ? "_" + (i + 1) + "  " : "   ") + where.replace("_", "__"));
            item.setMnemonicParsing(true);
            item.setOnAction(e -> window.files().open(path));
            recent.getItems().add(item);
        }
        recent.setDisable(files.isEmpty());
    }
}
