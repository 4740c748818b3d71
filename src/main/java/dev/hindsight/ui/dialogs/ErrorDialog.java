package dev.hindsight.ui.dialogs;

import dev.hindsight.platform.Logs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Tells the user that something failed inside Hindsight: what, where the log is, and a Copy
 * Details button that puts the version, system and stack trace on the clipboard for a bug
 * report, without closing the dialog. Errors that follow while it is open are counted on it.
 */
public final class ErrorDialog extends Alert {
    public static final ButtonType COPY = new ButtonType("Copy Details", ButtonBar.ButtonData.LEFT);

    private final String details;
    private final Label more = new Label();
    private int followers;

    public ErrorDialog(Throwable error, String thread, Path logFile) {
        super(AlertType.ERROR, "", COPY, ButtonType.CLOSE);
        details = details(error, thread, logFile);
        Window.getWindows().stream().filter(Window::isFocused).findFirst().ifPresent(this::initOwner);
        setTitle("Hindsight");
        setHeaderText("Something went wrong inside Hindsight");
        getDialogPane().setId("uncaught-error");

        Label what = new Label(summary(error));
        what.setWrapText(true);
        what.setId("error-summary");
        Label advice = new Label("Your reports are still open: save your work, and restart Hindsight if anything "
                + "behaves oddly. What happened is written in the log:");
        advice.setWrapText(true);
        // A wrapped label in a dialog is otherwise cut to one line when the dialog sizes itself.
        what.setMinHeight(Region.USE_PREF_SIZE);
        advice.setMinHeight(Region.USE_PREF_SIZE);
        more.setMinHeight(Region.USE_PREF_SIZE);
        more.setWrapText(true);
        TextField log = new TextField(logFile.toString());
        log.setEditable(false);
        log.setId("error-log-path");
        more.setId("error-more");
        more.setVisible(false);
        more.setManaged(false);
        VBox content = new VBox(10, what, advice, log, more);
        content.setPrefWidth(520);
        getDialogPane().setContent(content);

        TextArea trace = new TextArea(details);
        trace.setEditable(false);
        trace.setPrefRowCount(14);
        trace.setId("error-details");
        getDialogPane().setExpandableContent(trace);
        setResizable(true);

        Button copy = (Button) getDialogPane().lookupButton(COPY);
        copy.setId("copy-details");
        copy.addEventFilter(ActionEvent.ACTION, e -> {
            ClipboardContent text = new ClipboardContent();
            text.putString(details);
            Clipboard.getSystemClipboard().setContent(text);
            copy.setText("Copied");
            e.consume(); // copying does not close the dialog
        });
    }

    /** What Copy Details puts on the clipboard. */
    public String details() {
        return details;
    }

    /** Another error came while this dialog was open: it is in the log, and the dialog says how many. */
    public void oneMore() {
        followers++;
        more.setText(String.format(Locale.ROOT, "%d more %s since this one; %s in the log.", followers,
                followers == 1 ? "error" : "errors", followers == 1 ? "it is" : "they are"));
        if (!more.isVisible()) {
            more.setVisible(true);
            more.setManaged(true);
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                getDialogPane().getScene().getWindow().sizeToScene(); // room for the new line, buttons still in view
            }
        }
    }

    private static String summary(Throwable error) {
        String message = error.getMessage() == null ? "" : error.getMessage().strip();
        int lineEnd = message.indexOf('\n');
        if (lineEnd >= 0) {
            message = message.substring(0, lineEnd) + " \u2026";
        }
        if (message.length() > 300) {
            message = message.substring(0, 300) + "\u2026";
        }
        return error.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }

    private static String details(Throwable error, String thread, Path logFile) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return "Unexpected error in Hindsight\n" + Logs.environment() + "\nThread: " + thread + "\nLog: " + logFile
                + "\n\n" + trace.toString().stripTrailing() + "\n";
    }
}
