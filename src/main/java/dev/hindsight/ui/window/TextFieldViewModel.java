package dev.hindsight.ui.window;

import dev.hindsight.edit.Command;
import dev.hindsight.edit.ReportEdit;
import dev.hindsight.edit.TextField;
import dev.hindsight.model.Report;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One text of the report as an editable property: setting it types into the report through
 * the undo stack; a change of the report (undo) updates it.
 */
public final class TextFieldViewModel {
    private final StringProperty text = new SimpleStringProperty("");
    private final DocumentViewModel doc;
    private final Function<Report, String> getter;
    private final Function<String, Command> setter;
    private final StringBinding prompt;
    private final StringProperty place = new SimpleStringProperty("");
    private boolean syncing;

    public TextFieldViewModel(DocumentViewModel doc, TextField field) {
        this(doc, field::get, field::set, Bindings.createStringBinding(() -> doc.template().get().guidance(field),
                doc.template()));
        place.set(placeOf(field));
    }

    /** The path of a text field in the report, as checks and find name it ("" for fields they do not read). */
    static String placeOf(TextField field) {
        return switch (field) {
            case TITLE -> "title";
            case IMPACT -> "summary.impact";
            case SUMMARY_ROOT_CAUSE -> "summary.rootCause";
            case ROOT_CAUSE -> "rootCause";
            case RESOLUTION -> "resolution";
            case IMPROVEMENTS -> "measures.improvements";
            case CLOSING_REMARKS -> "closingRemarks";
            default -> "";
        };
    }

    /** The path of the text shown in the report ({@code rootCause}, {@code measures.actionItems[2].details}). */
    public StringProperty place() {
        return place;
    }

    /** A text reached by {@code getter} and changed by the commands {@code setter} makes. */
    public TextFieldViewModel(DocumentViewModel doc, Function<Report, String> getter, Function<String, Command> setter,
                              StringBinding prompt) {
        this.doc = doc;
        this.getter = getter;
        this.setter = setter;
        this.prompt = prompt;
        resync();
        doc.report().addListener((o, before, after) -> resync());
        text.addListener((o, before, after) -> {
            if (!syncing) {
                doc.execute(setter.apply(after == null ? "" : after));
            }
        });
    }

    /** Shows the report's current value (also after what {@code getter} reaches has changed). */
    public void resync() {
        String value = getter.apply(doc.current());
        if (!value.equals(text.get())) {
            syncing = true;
            try {
                text.set(value);
            } finally {
                syncing = false;
            }
        }
    }

    public StringProperty text() {
        return text;
    }

    /** The template's guidance for this field, shown while it is empty. */
    public StringBinding prompt() {
        return prompt;
    }

    /**
     * Makes {@code change} (adding a picture) and the typing {@code typing} does right after it
     * (the picture's reference, put in at the caret) one undo step, named as {@code change} is:
     * undo takes both away, redo brings both back.
     */
    public void changeWithTyping(Command change, Runnable typing) {
        String mergeKey = setter.apply(text.get() == null ? "" : text.get()).mergeKey();
        doc.endMerging();
        doc.execute(new ReportEdit(change.description(), mergeKey, change::apply));
        typing.run();
        doc.endMerging();
    }

    /** The report this text is part of, as it is now. */
    public Report report() {
        return doc.current();
    }

    /** Ends the current typing step, so that the next change is an undo step of its own. */
    public void endTypingStep() {
        doc.endMerging();
    }
}
