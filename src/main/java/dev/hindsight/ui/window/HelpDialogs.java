package dev.hindsight.ui.window;

import dev.hindsight.Version;
import dev.hindsight.ui.dialogs.DialogLook;
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
    /** docs/format/report-format.md, which the build copies here (pom.xml, execution format-help). */
    static final String FORMAT_RESOURCE = "/dev/hindsight/help/report-format.md";

    private HelpDialogs() {
    }

    /** The shortcut sheet, made from {@code menus} (see {@link ShortcutSheet}). */
    static void shortcuts(Window owner, MarkdownPreview preview, double zoom, java.util.List<javafx.scene.control.Menu> menus) {
        show(owner, "Keyboard Shortcuts", preview, ShortcutSheet.markdown(menus), 620, 560, zoom);
    }

    static void format(Window owner, MarkdownPreview preview, double zoom) {
        String text;
        try (InputStream in = HelpDialogs.class.getResourceAsStream(FORMAT_RESOURCE)) {
            text = in == null ? "The format description is missing from this build." : new String(in.readAllBytes(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            text = "The format description could not be read: " + e.getMessage();
        }
        show(owner, "The Report File Format", preview, text + "\n\nCheck a file from a terminal or CI with "
                + "`hindsight validate FILE`; rewrite it in canonical form with `hindsight format FILE`.", 820, 640, zoom);
    }

    static void about(Window owner, double zoom) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("About Hindsight");
        alert.setHeaderText("Hindsight " + Version.get());
        alert.setContentText("Write incident postmortems offline.\n\nReports are portable JSON files "
                + "(*.postmortem.json) that diff cleanly in git.\n\nJava " + System.getProperty("java.version")
                + ", JavaFX " + System.getProperty("javafx.runtime.version", "?"));
        DialogLook.dress(alert, zoom).showAndWait();
    }

    private static void show(Window owner, String title, MarkdownPreview preview, String markdown, double w, double h,
                             double zoom) {
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(title);
        ScrollPane scroll = new ScrollPane(preview.render(markdown));
        scroll.setFitToWidth(true);
        // zoomed, but within the screen: the Close button stays in sight
        javafx.geometry.Rectangle2D screen = DialogLook.screen(owner);
        scroll.setPrefSize(Math.min(w * zoom, screen.getWidth() * 0.9), Math.min(h * zoom, screen.getHeight() * 0.7));
        scroll.getStyleClass().add("md-preview-pane");
        alert.getDialogPane().setContent(scroll);
        alert.setResizable(true);
        DialogLook.dress(alert, zoom).show();
    }
}
