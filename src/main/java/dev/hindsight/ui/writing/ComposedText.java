package dev.hindsight.ui.writing;

import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.InputMethodRequests;
import javafx.scene.input.InputMethodTextRun;
import javafx.stage.Popup;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * Input methods (Japanese, Chinese, Korean…) in a RichTextFX area, which has none of its own:
 * JavaFX sends input method events only to a node with {@link InputMethodRequests}. The text
 * being composed is shown in a small popup at the caret, underlined, and only the committed text
 * goes into the field, so the report (and its undo stack) sees what the user chose, once.
 */
final class ComposedText {
    private final GenericStyledArea<?, ?, ?> area;
    /** Made when text is first composed (a popup window and its scene cost every new area's first frame). */
    private Popup popup;
    private Label composing;

    private ComposedText(GenericStyledArea<?, ?, ?> area) {
        this.area = area;
    }

    private Popup popup() {
        if (popup == null) {
            composing = new Label();
            composing.getStyleClass().add("composed-text");
            composing.setUnderline(true);
            composing.setStyle("-fx-background-color: -color-bg-default, -color-border-default;"
                    + " -fx-background-insets: 0, 0 0 -1 0; -fx-padding: 1 3 1 3;");
            popup = new Popup();
            popup.getContent().add(composing);
        }
        return popup;
    }

    private void hide() {
        if (popup != null) {
            popup.hide();
        }
    }

    /** Lets input methods type into {@code area}. */
    static void install(GenericStyledArea<?, ?, ?> area) {
        ComposedText composed = new ComposedText(area);
        area.setInputMethodRequests(composed.requests());
        area.setOnInputMethodTextChanged(composed::changed);
        area.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                composed.hide();
            }
        });
    }

    private void changed(InputMethodEvent e) {
        if (!area.isEditable()) {
            return;
        }
        if (!e.getCommitted().isEmpty()) {
            area.replaceSelection(e.getCommitted());
        }
        StringBuilder text = new StringBuilder();
        for (InputMethodTextRun run : e.getComposed()) {
            text.append(run.getText());
        }
        if (text.length() == 0) {
            hide();
        } else {
            Popup shown = popup();
            composing.setText(text.toString());
            Point2D at = caretOnScreen();
            if (area.getScene() != null && area.getScene().getWindow() != null) {
                shown.show(area.getScene().getWindow(), at.getX(), at.getY());
            }
        }
        e.consume();
    }

    /** Below the caret, where the input method's own candidate window goes too. */
    private Point2D caretOnScreen() {
        Optional<Bounds> caret = area.getCaretBounds();
        if (caret.isPresent()) {
            return new Point2D(caret.get().getMinX(), caret.get().getMaxY());
        }
        Bounds own = area.localToScreen(area.getBoundsInLocal());
        return own == null ? Point2D.ZERO : new Point2D(own.getMinX(), own.getMaxY());
    }

    private InputMethodRequests requests() {
        return new InputMethodRequests() {
            @Override
            public Point2D getTextLocation(int offset) {
                return caretOnScreen();
            }

            @Override
            public int getLocationOffset(int x, int y) {
                return 0;
            }

            @Override
            public void cancelLatestCommittedText() {
                // nothing is committed before the input method says so
            }

            @Override
            public String getSelectedText() {
                return area.getSelectedText();
            }
        };
    }
}
