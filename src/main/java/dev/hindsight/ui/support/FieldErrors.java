package dev.hindsight.ui.support;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * Marks a field whose input was not taken: a ControlsFX decoration on the field, a red
 * border, and the reason in words under it (a label), so nothing typed is dropped silently.
 * The validation support is made, and a field registered with it, when a field first has an
 * error: a new window's first frame (issue 18) has no errors to decorate.
 */
public final class FieldErrors {
    private ValidationSupport support;

    /** Returns the label that shows the reason; put it under the field. */
    public Label mark(Control control, ObservableStringValue error, Severity severity) {
        Label message = new Label();
        message.getStyleClass().addAll(Styles.TEXT_SMALL, severity == Severity.ERROR ? Styles.DANGER : Styles.WARNING);
        message.setWrapText(true);
        message.textProperty().bind(error);
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        message.setId(control.getId() == null ? null : control.getId() + "-error");
        Validator<Object> validator = (c, value) -> ValidationResult.fromMessageIf(c, error.get(), severity,
                !error.get().isEmpty());
        if (!error.get().isEmpty()) {
            support().registerValidator(control, false, validator);
        }
        error.addListener((o, a, b) -> {
            if (support != null && support.getRegisteredControls().contains(control)) {
                support.revalidate(control);
            } else if (!b.isEmpty()) {
                support().registerValidator(control, false, validator); // validates it now
                // registered after the input that caused the error: decorate as if it had watched that change
                support.initInitialDecoration();
            }
            control.pseudoClassStateChanged(Styles.STATE_DANGER, !b.isEmpty() && severity == Severity.ERROR);
            control.setTooltip(b.isEmpty() ? null : new Tooltip(b));
        });
        return message;
    }

    private ValidationSupport support() {
        if (support == null) {
            support = new ValidationSupport();
            support.setErrorDecorationEnabled(true);
        }
        return support;
    }
}
