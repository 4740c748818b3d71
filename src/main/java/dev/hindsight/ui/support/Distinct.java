package dev.hindsight.ui.support;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;

/**
 * A text that tells its observers only when it really changes. A binding over the report is
 * invalidated by every keystroke, and a control bound to it (a tab's label, the window's title)
 * restyles or tells the window system each time even when the text stayed the same.
 */
public final class Distinct {
    private Distinct() {
    }

    /** {@code text}, computed again at each of its invalidations, passed on only when it differs. */
    public static ReadOnlyStringProperty of(ObservableStringValue text) {
        return new Kept(text).getReadOnlyProperty();
    }

    private static final class Kept extends ReadOnlyStringWrapper {
        /** Held here: a binding's own dependencies refer to it only weakly, and whoever shows this text holds this. */
        @SuppressWarnings({"unused", "FieldCanBeLocal"})
        private final ObservableStringValue source;

        Kept(ObservableStringValue source) {
            super(source.get());
            this.source = source;
            // A change listener (not an invalidation listener) is told only when the value differs.
            source.addListener((o, before, after) -> set(after));
        }
    }
}
