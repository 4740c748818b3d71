package dev.hindsight.edit;

import dev.hindsight.model.Report;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The free-text fields of a report that are edited by typing, each with its label for undo descriptions. */
public enum TextField {
    TITLE("Title", Report::title, Report::withTitle),
    INCIDENT_ID("Incident ID", Report::incidentId, Report::withIncidentId),
    CONFIDENTIALITY("Confidentiality", Report::confidentiality, Report::withConfidentiality),
    IMPACT("Impact", r -> r.summary().impact(), (r, v) -> r.withSummary(r.summary().withImpact(v))),
    SUMMARY_ROOT_CAUSE("Root Cause in One Sentence", r -> r.summary().rootCause(),
            (r, v) -> r.withSummary(r.summary().withRootCause(v))),
    ROOT_CAUSE("Root Cause", Report::rootCause, Report::withRootCause),
    RESOLUTION("Resolution and Recovery", Report::resolution, Report::withResolution),
    IMPROVEMENTS("Improvements", r -> r.measures().improvements(),
            (r, v) -> r.withMeasures(r.measures().withImprovements(v))),
    CLOSING_REMARKS("Closing Remarks", Report::closingRemarks, Report::withClosingRemarks);

    private final String label;
    private final Function<Report, String> getter;
    private final BiFunction<Report, String, Report> setter;

    TextField(String label, Function<Report, String> getter, BiFunction<Report, String, Report> setter) {
        this.label = label;
        this.getter = getter;
        this.setter = setter;
    }

    public String label() {
        return label;
    }

    public String get(Report report) {
        return getter.apply(report);
    }

    /** Typing in this field: merges with the keystrokes before it into one undo step. */
    public Command set(String value) {
        return new ReportEdit("Typing in " + label, name(), r -> setter.apply(r, value));
    }
}
