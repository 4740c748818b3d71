package dev.hindsight.ui.summary;

import dev.hindsight.edit.SummaryEdits;
import dev.hindsight.edit.TextField;
import dev.hindsight.input.ParseResult;
import dev.hindsight.input.PercentParser;
import dev.hindsight.model.Durations;
import dev.hindsight.model.Report;
import dev.hindsight.model.ReportMetrics;
import dev.hindsight.model.ReportStatus;
import dev.hindsight.model.Severity;
import dev.hindsight.model.Summary;
import dev.hindsight.model.Zones;
import dev.hindsight.ui.window.DocumentViewModel;
import dev.hindsight.ui.window.TextFieldViewModel;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Issue Summary tab's state: every field of the summary, validation messages, and the live figures. */
public final class SummaryViewModel {
    private final DocumentViewModel doc;
    private final TextFieldViewModel title;
    private final TextFieldViewModel incidentId;
    private final TextFieldViewModel confidentiality;
    private final TextFieldViewModel impact;
    private final TextFieldViewModel rootCause;
    private final ParsedFieldViewModel<List<String>> authors;
    private final ParsedFieldViewModel<java.math.BigDecimal> usersAffected;
    private final DateTimeViewModel start;
    private final DateTimeViewModel end;
    private final ObservableList<CodeChoice<Severity>> severities = FXCollections.observableArrayList();
    private final ObservableList<CodeChoice<ReportStatus>> statuses = FXCollections.observableArrayList();
    private final ObjectProperty<CodeChoice<Severity>> severity = new SimpleObjectProperty<>();
    private final ObjectProperty<CodeChoice<ReportStatus>> status = new SimpleObjectProperty<>();
    /** Asked before the status changes to a value: false keeps the status (Final with findings left asks first). */
    private java.util.function.Predicate<ReportStatus> statusGuard = s -> true;
    private final ObservableList<String> zones = FXCollections.observableArrayList(Zones.all());
    private final StringProperty zone = new SimpleStringProperty();
    private final ReadOnlyStringWrapper zoneError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper windowError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper duration = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper toDetect = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper toRespond = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper toMitigate = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper toResolve = new ReadOnlyStringWrapper();
    private boolean syncing;
    /** What the figures were last computed from: they read every event, so a keystroke elsewhere keeps them. */
    private List<dev.hindsight.model.TimelineEntry> figuredTimeline;
    private Summary figuredSummary;
    private final ClassificationViewModel classification;

    public SummaryViewModel(DocumentViewModel doc) {
        this.doc = doc;
        this.classification = new ClassificationViewModel(doc);
        title = new TextFieldViewModel(doc, TextField.TITLE);
        incidentId = new TextFieldViewModel(doc, TextField.INCIDENT_ID);
        confidentiality = new TextFieldViewModel(doc, TextField.CONFIDENTIALITY);
        impact = new TextFieldViewModel(doc, TextField.IMPACT);
        rootCause = new TextFieldViewModel(doc, TextField.SUMMARY_ROOT_CAUSE);
        authors = new ParsedFieldViewModel<>(doc, Report::authors, t -> ParseResult.ok(lines(t)),
                list -> String.join("\n", list), SummaryEdits::authors, true);
        usersAffected = new ParsedFieldViewModel<>(doc, r -> r.summary().usersAffectedPercent(), PercentParser::parse,
                PercentParser::format, SummaryEdits::usersAffected, false);
        start = new DateTimeViewModel(doc, r -> r.summary().startedAt(), SummaryEdits::startedAt);
        end = new DateTimeViewModel(doc, r -> r.summary().endedAt(), SummaryEdits::endedAt);
        refresh(doc.current());
        doc.report().addListener((o, before, after) -> refresh(after));
        severity.addListener((o, a, b) -> {
            if (!syncing && b != null) {
                doc.execute(SummaryEdits.severity(b.value()));
            }
        });
        status.addListener((o, a, b) -> {
            if (!syncing && b != null && b.value() != null) {
                if (statusGuard.test(b.value())) {
                    doc.execute(SummaryEdits.status(b.value()));
                } else {
                    // The drop-down is still handing its value over: show the kept status once it has.
                    javafx.application.Platform.runLater(() -> refresh(doc.current()));
                }
            }
        });
        zone.addListener((o, a, b) -> {
            if (!syncing && b != null && Zones.parse(b).isPresent()) {
                doc.execute(SummaryEdits.timeZone(b));
            }
        });
    }

    private static <C extends dev.hindsight.model.Code> void sync(ObservableList<CodeChoice<C>> choices,
                                                                  ObjectProperty<CodeChoice<C>> chosen,
                                                                  List<CodeChoice<C>> next, C value) {
        if (!choices.equals(next)) {
            choices.setAll(next);
        }
        CodeChoice<C> shown = choices.stream().filter(c -> Objects.equals(c.value(), value)).findFirst().orElse(null);
        if (!Objects.equals(chosen.get(), shown)) {
            chosen.set(shown);
        }
    }

    private static List<String> lines(String text) {
        return Arrays.stream((text == null ? "" : text).split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private void refresh(Report report) {
        syncing = true;
        try {
            // Replacing a drop-down's items (or its value with an equal one) while it shows one blanks it.
            sync(severities, severity, CodeChoice.of(Severity.KNOWN, true, report.severity()), report.severity());
            sync(statuses, status, CodeChoice.of(ReportStatus.KNOWN, false, report.status()), report.status());
            if (!zones.contains(report.timeZone())) {
                zones.add(0, report.timeZone());
            }
            zone.set(report.timeZone());
        } finally {
            syncing = false;
        }
        zoneError.set(report.knownZone().isPresent() ? "" : "\u201c" + report.timeZone()
                + "\u201d is not a time zone this version knows; times are shown in UTC and the value is kept");
        Summary s = report.summary();
        windowError.set(s.windowIsReversed() ? "The end is before the start: correct one of them "
                + "(until then no duration is shown)" : "");
        if (report.timeline() == figuredTimeline && figuredSummary != null
                && Objects.equals(figuredSummary.startedAt(), s.startedAt())
                && Objects.equals(figuredSummary.endedAt(), s.endedAt())) {
            return;
        }
        figuredTimeline = report.timeline();
        figuredSummary = s;
        ReportMetrics m = ReportMetrics.of(report);
        duration.set(text(m.duration()));
        toDetect.set(text(m.timeToDetect()));
        toRespond.set(text(m.timeToRespond()));
        toMitigate.set(text(m.timeToMitigate()));
        toResolve.set(text(m.timeToResolve()));
    }

    /** A figure, or a dash when it is not known or would be negative (an end before the start, an entry before it). */
    private static String text(Optional<Duration> d) {
        return d.filter(v -> !v.isNegative()).map(Durations::format).orElse("\u2014");
    }

    public TextFieldViewModel title() {
        return title;
    }

    public TextFieldViewModel incidentId() {
        return incidentId;
    }

    public TextFieldViewModel confidentiality() {
        return confidentiality;
    }

    public TextFieldViewModel impact() {
        return impact;
    }

    public TextFieldViewModel rootCause() {
        return rootCause;
    }

    public ParsedFieldViewModel<List<String>> authors() {
        return authors;
    }

    public ParsedFieldViewModel<java.math.BigDecimal> usersAffected() {
        return usersAffected;
    }

    public DateTimeViewModel start() {
        return start;
    }

    public DateTimeViewModel end() {
        return end;
    }

    public ObservableList<CodeChoice<Severity>> severities() {
        return severities;
    }

    public ObservableList<CodeChoice<ReportStatus>> statuses() {
        return statuses;
    }

    public ObjectProperty<CodeChoice<Severity>> severity() {
        return severity;
    }

    /** Sets what is asked before the status is changed to a value; false keeps the status as it was. */
    public void guardStatus(java.util.function.Predicate<ReportStatus> guard) {
        statusGuard = guard;
    }

    public ObjectProperty<CodeChoice<ReportStatus>> status() {
        return status;
    }

    public ObservableList<String> zones() {
        return zones;
    }

    public StringProperty zone() {
        return zone;
    }

    public ReadOnlyStringProperty zoneError() {
        return zoneError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty windowError() {
        return windowError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty duration() {
        return duration.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty toDetect() {
        return toDetect.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty toRespond() {
        return toRespond.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty toMitigate() {
        return toMitigate.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty toResolve() {
        return toResolve.getReadOnlyProperty();
    }

    /** Tags, services, contributing factors, related incidents and the near-miss mark. */
    public ClassificationViewModel classification() {
        return classification;
    }

    /** The zone of the report, for the hint next to the time fields. */
    public String zoneId() {
        return doc.current().zone().getId();
    }
}
