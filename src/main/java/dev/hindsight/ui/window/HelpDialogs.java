package dev.hindsight.ui.window;

import dev.hindsight.Version;
import dev.hindsight.ui.markdown.MarkdownPreview;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ScrollPane;
import javafx.stage.Window;

/** Help: the keyboard-shortcut sheet, the report file format, About. */
final class HelpDialogs {
    static final String SHORTCUTS = """
            | Keys | Does |
            |---|---|
            | Ctrl+N / Ctrl+Shift+N | New report (from a template) / new window |
            | Ctrl+O / Ctrl+S / Ctrl+Shift+S | Open / Save / Save As |
            | Ctrl+W / Ctrl+Q | Close the window / quit |
            | Ctrl+Z / Ctrl+Shift+Z or Ctrl+Y | Undo / redo, wherever the focus is |
            | Ctrl+1 … Ctrl+5 | Issue Summary, Timeline, Root Cause, Resolution, Measures |
            | Ctrl+= / Ctrl+- / Ctrl+0 | Zoom in / out / actual size |
            | Ctrl+B / Ctrl+I / Ctrl+K / Ctrl+Shift+K | Bold / italic / link / code in a Markdown field |
            | Ctrl+Enter | Timeline or action items: add a row at the end |
            | Insert / Ctrl+Shift+Enter | Insert a row below / above |
            | Ctrl+D | Duplicate the selected rows |
            | Delete | Delete the selected rows |
            | Alt+Up / Alt+Down | Move the selected rows |
            | Enter / F2 | Commit a cell and move down / edit the cell |
            | Ctrl+C / Ctrl+V | Copy rows as text / paste lines or rows (with a preview) |
            | F7 | Show or hide the Review panel (Enter goes to a finding, Delete dismisses it) |
            | F1 | This sheet |
            """;

    private HelpDialogs() {
    }

    static void shortcuts(Window owner, MarkdownPreview preview) {
        show(owner, "Keyboard Shortcuts", preview, SHORTCUTS, 560, 520);
    }

    static void format(Window owner, MarkdownPreview preview) {
        String text;
        try (InputStream in = HelpDialogs.class.getResourceAsStream("/dev/hindsight/help/report-format.md")) {
            text = in == null ? "The format description is missing from this build." : new String(in.readAllBytes(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            text = "The format description could not be read: " + e.getMessage();
        }
        show(owner, "The Report File Format", preview, text + "\n\nCheck a file from a terminal or CI with "
                + "`hindsight validate FILE`; rewrite it in canonical form with `hindsight format FILE`.", 820, 640);
    }

    static void about(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("About Hindsight");
        alert.setHeaderText("Hindsight " + Version.get());
        alert.setContentText("Write incident postmortems offline.\n\nReports are portable JSON files "
                + "(*.postmortem.json) that diff cleanly in git.\n\nJava " + System.getProperty("java.version")
                + ", JavaFX " + System.getProperty("javafx.runtime.version", "?"));
        alert.showAndWait();
    }

    private static void show(Window owner, String title, MarkdownPreview preview, String markdown, double w, double h) {
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(title);
        ScrollPane scroll = new ScrollPane(preview.render(markdown));
        scroll.setFitToWidth(true);
        scroll.setPrefSize(w, h);
        alert.getDialogPane().setContent(scroll);
        alert.setResizable(true);
        alert.show();
    }
}
