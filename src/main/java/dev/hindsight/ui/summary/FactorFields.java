package dev.hindsight.ui.summary;

import dev.hindsight.edit.ClassificationEdits;
import dev.hindsight.model.ContributingFactor;
import dev.hindsight.ui.window.DocumentViewModel;
import java.util.Objects;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One contributing factor's two fields: what is typed becomes a command; undo and redo come back into them. */
public final class FactorFields {
    private final StringProperty category = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private boolean syncing;

    FactorFields(DocumentViewModel doc, int index) {
        category.addListener((o, a, b) -> {
            if (!syncing) {
                doc.execute(ClassificationEdits.factorCategory(index, b == null ? "" : b));
            }
        });
        description.addListener((o, a, b) -> {
            if (!syncing) {
                doc.execute(ClassificationEdits.factorDescription(index, b == null ? "" : b));
            }
        });
    }

    void show(ContributingFactor factor) {
        syncing = true;
        try {
            if (!Objects.equals(category.get(), factor.category())) {
                category.set(factor.category());
            }
            if (!Objects.equals(description.get(), factor.description())) {
                description.set(factor.description());
            }
        } finally {
            syncing = false;
        }
    }

    public StringProperty category() {
        return category;
    }

    public StringProperty description() {
        return description;
    }
}
