package dev.hindsight.ui.window;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/** The actions of one window that menus, toolbar and shortcut sheet share. */
public final class WindowActions {
    static final KeyCombination.Modifier SHORTCUT = KeyCombination.SHORTCUT_DOWN;
    static final KeyCombination.Modifier SHIFT = KeyCombination.SHIFT_DOWN;

    final AppAction newReport;
    final AppAction newWindow;
    final AppAction newFromFile;
    final AppAction open;
    final AppAction save;
    final AppAction saveAs;
    final AppAction close;
    final AppAction quit;
    final AppAction undo;
    final AppAction redo;
    final AppAction exportPdf;
    final AppAction exportMarkdown;
    final AppAction cut;
    final AppAction copy;
    final AppAction paste;
    final AppAction selectAll;
    final EditCommands edits;
    final AppAction exportHtml;
    final AppAction exportWord;
    final AppAction importDocument;
    final AppAction importPasted;
    final AppAction copySectionRich;
    final AppAction copyReportRich;

    WindowActions(MainWindow window, DocumentViewModel doc, FileActions files, ExportActions exports,
                  EditCommands edits, ImportActions imports) {
        this.edits = edits;
        cut = new AppAction("Cu_t", keys(KeyCode.X), null, edits::cut).disabledWhen(not(edits.canCut())).id("cut");
        copy = new AppAction("_Copy", keys(KeyCode.C), null, edits::copy).disabledWhen(not(edits.canCopy()))
                .id("copy");
        paste = new AppAction("_Paste", keys(KeyCode.V), null, edits::paste).disabledWhen(not(edits.canPaste()))
                .id("paste");
        selectAll = new AppAction("Select _All", keys(KeyCode.A), null, edits::selectAll)
                .disabledWhen(not(edits.canSelectAll())).id("select-all");
        newReport = new AppAction("_New\u2026", keys(KeyCode.N), MaterialDesignF.FILE_PLUS_OUTLINE,
                files::newReport).id("new");
        newWindow = new AppAction("New _Window", keys(KeyCode.N, SHIFT), null, window::openNewWindow).id("new-window");
        newFromFile = new AppAction("New from _File\u2026", null, null, files::newFromFile).id("new-from-file");
        open = new AppAction("_Open\u2026", keys(KeyCode.O), MaterialDesignF.FOLDER_OPEN_OUTLINE, files::open).id("open");
        save = new AppAction("_Save", keys(KeyCode.S), MaterialDesignC.CONTENT_SAVE_OUTLINE, files::save).id("save");
        saveAs = new AppAction("Save _As\u2026", keys(KeyCode.S, SHIFT), null, files::saveAs).id("save-as");
        close = new AppAction("_Close", keys(KeyCode.W), null, window::requestClose).id("close");
        quit = new AppAction("_Quit", keys(KeyCode.Q), null, window::quit).id("quit");
        undo = new AppAction("_Undo", keys(KeyCode.Z), MaterialDesignU.UNDO, doc::undo)
                .labelFrom(doc.undoLabel()).disabledWhen(doc.canUndo().not()).id("undo");
        redo = new AppAction("_Redo", keys(KeyCode.Z, SHIFT), MaterialDesignR.REDO, doc::redo)
                .labelFrom(doc.redoLabel()).disabledWhen(doc.canRedo().not()).id("redo");
        exportPdf = new AppAction("_Export PDF\u2026", keys(KeyCode.E), MaterialDesignF.FILE_PDF_BOX,
                exports::exportPdf).disabledWhen(exports.progress().greaterThanOrEqualTo(0)).id("export-pdf");
        exportMarkdown = new AppAction("Export _Markdown\u2026", keys(KeyCode.E, SHIFT),
                MaterialDesignL.LANGUAGE_MARKDOWN_OUTLINE, exports::exportMarkdown)
                .disabledWhen(exports.progress().greaterThanOrEqualTo(0)).id("export-markdown");
        exportHtml = new AppAction("Export _HTML\u2026", null, null, exports::exportHtml)
                .disabledWhen(exports.progress().greaterThanOrEqualTo(0)).id("export-html");
        exportWord = new AppAction("Export _Word\u2026", null, null, exports::exportWord)
                .disabledWhen(exports.progress().greaterThanOrEqualTo(0)).id("export-word");
        importDocument = new AppAction("_Import\u2026", null, null, imports::importFile)
                .id("import");
        importPasted = new AppAction("Import Pasted _Text\u2026", null, null, imports::importPasted)
                .id("import-pasted");
        copySectionRich = new AppAction("Copy _Section as Rich Text", null, null, () -> RichTextCopy.copy(doc.current(),
                dev.hindsight.export.ReportPart.ofTab(window.selectedSection()))).id("copy-section-rich");
        copyReportRich = new AppAction("Copy _Report as Rich Text", null, null, () -> RichTextCopy.copy(doc.current(),
                dev.hindsight.export.ReportPart.WHOLE)).id("copy-report-rich");
    }

    private static javafx.beans.value.ObservableBooleanValue not(javafx.beans.value.ObservableBooleanValue value) {
        return javafx.beans.binding.Bindings.not(value);
    }

    static KeyCodeCombination keys(KeyCode code, KeyCombination.Modifier... more) {
        KeyCombination.Modifier[] all = new KeyCombination.Modifier[more.length + 1];
        all[0] = SHORTCUT;
        System.arraycopy(more, 0, all, 1, more.length);
        return new KeyCodeCombination(code, all);
    }
}
