package dev.hindsight.ui.summary;

import dev.hindsight.input.ParseResult;
import dev.hindsight.input.ResolvedTime;
import dev.hindsight.input.TimeParser;
import dev.hindsight.input.TimeResolver;
import dev.hindsight.input.TypedDates;
import dev.hindsight.input.TypedTime;
import dev.hindsight.model.ClockText;
import dev.hindsight.model.Report;
import dev.hindsight.ui.window.DocumentViewModel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The start or the end of the outage as a date and a typed time in the report's zone. What
 * cannot be read is kept in the field with the reason and not committed; a time in a
 * daylight-saving gap is moved forward and noted.
 */
public final class DateTimeViewModel {

    private final DocumentViewModel doc;
    private final Function<Report, Instant> getter;
    private final Function<Instant, dev.hindsight.edit.Command> setter;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dateError = new ReadOnlyStringWrapper("");
    private boolean syncing;

    DateTimeViewModel(DocumentViewModel doc, Function<Report, Instant> getter,
                      Function<Instant, dev.hindsight.edit.Command> setter) {
        this.doc = doc;
        this.getter = getter;
        this.setter = setter;
        show(doc.current());
        doc.report().addListener((o, before, after) -> {
            if (!Objects.equals(getter.apply(before), getter.apply(after))
                    || !before.timeZone().equals(after.timeZone())) {
                show(after);
            }
        });
        date.addListener((o, a, b) -> commit());
        time.addListener((o, a, b) -> {
            if (!syncing && read(doc.current()).isOk()) {
                error.set("");
            }
        });
    }

    private void show(Report report) {
        if (syncing) {
            return;
        }
        Instant at = getter.apply(report);
        syncing = true;
        try {
            if (at == null) {
                date.set(null);
                time.set("");
            } else {
                ZonedDateTime local = at.atZone(report.zone());
                date.set(local.toLocalDate());
                time.set(ClockText.time(local));
            }
            error.set("");
            dateError.set("");
            note.set("");
        } finally {
            syncing = false;
        }
    }

    private ParseResult<Instant> read(Report report) {
        LocalDate d = date.get();
        String t = time.get() == null ? "" : time.get().strip();
        if (d == null && t.isEmpty()) {
            return ParseResult.ok(null);
        }
        ParseResult<TypedTime> parsed = TimeParser.parse(t);
        if (!parsed.isOk()) {
            return ParseResult.error(parsed.error().orElseThrow());
        }
        TypedTime typed = parsed.value();
        if (typed != null && typed.isExact()) {
            return ParseResult.ok(typed.instant());
        }
        LocalDate day = typed != null && typed.hasDate() ? typed.date() : d;
        if (day == null) {
            return ParseResult.error("choose a date as well");
        }
        if (typed == null) {
            return ParseResult.error("enter a time as well, such as 11:00");
        }
        Instant instant = new TimeResolver(report.zone()).at(LocalDateTime.of(day, typed.time())).instant();
        return TypedDates.outsideYears(instant).<ParseResult<Instant>>map(ParseResult::error)
                .orElse(ParseResult.ok(instant));
    }

    /** Takes the typed date and time into the report, or shows why they cannot be taken. */
    public void commit() {
        if (syncing) {
            return;
        }
        Report report = doc.current();
        ParseResult<Instant> result = read(report);
        error.set(result.error().orElse(""));
        if (!result.isOk()) {
            return;
        }
        note.set(gapNote(report));
        syncing = true;
        try {
            doc.execute(setter.apply(result.value()));
        } finally {
            syncing = false;
        }
    }

    private String gapNote(Report report) {
        ParseResult<TypedTime> parsed = TimeParser.parse(time.get());
        if (!parsed.isOk() || parsed.value() == null || parsed.value().isExact() || date.get() == null) {
            return "";
        }
        TypedTime typed = parsed.value();
        LocalDate day = typed.hasDate() ? typed.date() : date.get();
        ResolvedTime resolved = new TimeResolver(report.zone()).at(LocalDateTime.of(day, typed.time()));
        return resolved.inGap() ? resolved.note() : "";
    }

    /** Reads a date typed into the date picker; a date that cannot be read is reported and the old one kept. */
    public LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            dateError.set("");
            return null;
        }
        ParseResult<LocalDate> parsed = TypedDates.parse(text);
        dateError.set(parsed.error().orElse(""));
        return parsed.isOk() ? parsed.value() : date.get();
    }

    public ObjectProperty<LocalDate> date() {
        return date;
    }

    public StringProperty time() {
        return time;
    }

    /** Why the typed date or time was not taken, or empty. */
    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dateError() {
        return dateError.getReadOnlyProperty();
    }

    /** Something to know about a taken value (moved out of a daylight-saving gap), or empty. */
    public ReadOnlyStringProperty note() {
        return note.getReadOnlyProperty();
    }
}
