package dev.hindsight.ui.library;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The library window's menus: File (folders, reports, exports, rescan), View (tabs, search). */
final class LibraryMenus {
    private static final KeyCombination.Modifier SHORTCUT = KeyCombination.SHORTCUT_DOWN;
    private static final KeyCombination.Modifier SHIFT = KeyCombination.SHIFT_DOWN;

    private final LibraryWindow window;
    private final LibraryExports exports;
    private final FilterBar filters;
    private final TabPane tabs;

    LibraryMenus(LibraryWindow window, LibraryExports exports, FilterBar filters, TabPane tabs) {
        this.window = window;
        this.exports = exports;
        this.filters = filters;
        this.tabs = tabs;
    }

    MenuBar build() {
        Menu file = new Menu("_File");
        file.getItems().addAll(
                LibraryWindow.action("Open _Folder as Library\u2026", new KeyCodeCombination(KeyCode.O, SHORTCUT, SHIFT),
                        window::openFolder, "library-open-folder").menuItem(),
                LibraryWindow.action("_Open Report\u2026", new KeyCodeCombination(KeyCode.O, SHORTCUT),
                        window::openReport, "library-open-report").menuItem(),
                new SeparatorMenuItem(),
                LibraryWindow.action("Export Incident _Review (PDF)\u2026", new KeyCodeCombination(KeyCode.E, SHORTCUT),
                        exports::reviewPdf, "library-export-pdf").menuItem(),
                LibraryWindow.action("Export as _CSV\u2026", new KeyCodeCombination(KeyCode.E, SHORTCUT, SHIFT),
                        exports::csv, "library-export-csv").menuItem(),
                new SeparatorMenuItem(),
                LibraryWindow.action("Read the Folder _Again", new KeyCodeCombination(KeyCode.F5),
                        () -> window.viewModel().rescan(), "library-rescan").menuItem(),
                new SeparatorMenuItem(),
                LibraryWindow.action("_Close", new KeyCodeCombination(KeyCode.W, SHORTCUT), window::close,
                        "library-close").menuItem(),
                LibraryWindow.action("_Quit", new KeyCodeCombination(KeyCode.Q, SHORTCUT), window::quit,
                        "library-quit").menuItem());
        Menu view = new Menu("_View");
        String[] names = {"_Reports", "C_harts", "_Action Items", "Re_fused Files"};
        for (int i = 0; i < names.length; i++) {
            int index = i;
            view.getItems().add(LibraryWindow.action(names[i], new KeyCodeCombination(
                    KeyCode.getKeyCode(Integer.toString(i + 1)), SHORTCUT), () -> window.selectTab(index),
                    "library-view-" + (i + 1)).menuItem());
        }
        view.getItems().addAll(new SeparatorMenuItem(),
                LibraryWindow.action("_Search", new KeyCodeCombination(KeyCode.F, SHORTCUT), this::focusSearch,
                        "library-find").menuItem(),
                LibraryWindow.action("C_lear Filters and Search", null, () -> window.viewModel().clearFilters(),
                        "library-clear-all").menuItem());
        MenuBar bar = new MenuBar(file, view);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private void focusSearch() {
        TextField search = filters.searchField();
        tabs.getSelectionModel().select(0);
        search.requestFocus();
        search.selectAll();
    }
}
