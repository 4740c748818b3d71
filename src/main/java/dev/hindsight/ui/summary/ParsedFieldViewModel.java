package dev.hindsight.ui.summary;

import dev.hindsight.edit.Command;
import dev.hindsight.input.ParseResult;
import dev.hindsight.model.Report;
import dev.hindsight.ui.window.DocumentViewModel;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A field typed as text but stored as a value (a percentage, a list of authors): what can be
 * read is committed as the user types; what cannot stays in the field with the reason and is
 * not committed. The text is rewritten from the model only when the stored value changes.
 */
public final class ParsedFieldViewModel<T> {
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final Function<String, ParseResult<T>> parse;
    private final Function<T, String> format;
    private final DocumentViewModel doc;
    private final Function<T, Command> setter;
    private final boolean live;
    private boolean syncing;

    /**
     * @param live commit as the user types (text that always reads, such as the authors), rather than
     *             when the field is left or Enter is pressed (a number half typed is not a number)
     */
    ParsedFieldViewModel(DocumentViewModel doc, Function<Report, T> getter, Function<String, ParseResult<T>> parse,
                         Function<T, String> format, Function<T, Command> setter, boolean live) {
        this.doc = doc;
        this.parse = parse;
        this.format = format;
        this.setter = setter;
        this.live = live;
        show(getter.apply(doc.current()));
        doc.report().addListener((o, before, after) -> {
            T value = getter.apply(after);
            if (!Objects.equals(getter.apply(before), value) && !represents(value)) {
                show(value);
            }
        });
        text.addListener((o, before, after) -> {
            if (syncing) {
                return;
            }
            if (live) {
                commit();
            } else if (parse.apply(after).isOk()) {
                error.set("");
            }
        });
    }

    /** Takes the typed text into the report, or shows why it cannot be taken. */
    public void commit() {
        ParseResult<T> result = parse.apply(text.get());
        error.set(result.error().orElse(""));
        if (result.isOk()) {
            syncing = true;
            try {
                doc.execute(setter.apply(result.value()));
            } finally {
                syncing = false;
            }
        }
    }

    private boolean represents(T value) {
        ParseResult<T> typed = parse.apply(text.get());
        return typed.isOk() && Objects.equals(typed.value(), value);
    }

    private void show(T value) {
        syncing = true;
        try {
            text.set(format.apply(value));
            error.set("");
        } finally {
            syncing = false;
        }
    }

    public StringProperty text() {
        return text;
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }
}
