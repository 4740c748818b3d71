package dev.hindsight.ui.support;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * Marks a field whose input was not taken: a ControlsFX decoration on the field, a red
 * border, and the reason in words under it (a label), so nothing typed is dropped silently.
 */
public final class FieldErrors {
    private final ValidationSupport support = new ValidationSupport();

    public FieldErrors() {
        support.setErrorDecorationEnabled(true);
    }

    /** Returns the label that shows the reason; put it under the field. */
    public Label mark(Control control, ObservableStringValue error, Severity severity) {
        Label message = new Label();
        message.getStyleClass().addAll(Styles.TEXT_SMALL, severity == Severity.ERROR ? Styles.DANGER : Styles.WARNING);
        message.setWrapText(true);
        message.textProperty().bind(error);
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        message.setId(control.getId() == null ? null : control.getId() + "-error");
        support.registerValidator(control, false, (c, value) -> ValidationResult.fromMessageIf(c, error.get(),
                severity, !error.get().isEmpty()));
        error.addListener((o, a, b) -> {
            support.revalidate(control);
            control.pseudoClassStateChanged(Styles.STATE_DANGER, !b.isEmpty() && severity == Severity.ERROR);
            control.setTooltip(b.isEmpty() ? null : new Tooltip(b));
        });
        return message;
    }
}
