package dev.hindsight.edit;

import dev.hindsight.model.Report;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a new report starts from. Headings a template inserts are content (saved); its
 * guidance is placeholder text, shown in empty fields and never saved.
 */
public enum Template {
    BLANK("Blank"),
    CLASSIC("Classic (five sections with guidance)"),
    GOOGLE_SRE("Google SRE style (trigger, detection, lessons learned)");

    private static final Map<TextField, String> GUIDANCE = guidance();

    private final String label;

    Template(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }

    /** The report a new document of this template starts with. */
    public Report report() {
        Report blank = Report.blank();
        if (this != GOOGLE_SRE) {
            return blank;
        }
        return blank
                .withRootCause("## Root causes\n\n\n\n## Trigger\n\n")
                .withResolution("## Detection\n\n\n\n## Resolution\n\n")
                .withClosingRemarks("## Lessons learned\n\n### What went well\n\n\n\n### What went wrong\n\n\n\n"
                        + "### Where we got lucky\n\n");
    }

    /**
     * A report file used as a template: a copy with no title, no outage window and no save
     * stamps, back to draft; everything else (sections, headings, action items) is kept.
     */
    public static Report copyOf(Report source) {
        return source.withTitle("")
                .withSummary(source.summary().withStartedAt(null).withEndedAt(null))
                .withCreatedAt(null)
                .withUpdatedAt(null)
                .withStatus(dev.hindsight.model.ReportStatus.DRAFT);
    }

    /** The placeholder shown in an empty field, or an empty string. */
    public String guidance(TextField field) {
        return this == BLANK ? "" : GUIDANCE.getOrDefault(field, "");
    }

    private static Map<TextField, String> guidance() {
        Map<TextField, String> g = new EnumMap<>(TextField.class);
        g.put(TextField.TITLE, "A short name for the incident, such as \u201cDatabase Vanished\u201d");
        g.put(TextField.INCIDENT_ID, "INC-2024-0610");
        g.put(TextField.CONFIDENTIALITY, "Internal");
        g.put(TextField.IMPACT, "Who and what was affected, how badly and for how long: "
                + "\u201cAll users saw errors for 2 hours; 3 % of orders were lost.\u201d");
        g.put(TextField.SUMMARY_ROOT_CAUSE, "The root cause in one or two sentences, for readers who stop here.");
        g.put(TextField.ROOT_CAUSE, "What caused the outage and why it was possible: the chain of events, "
                + "not only the trigger. Markdown: **bold**, lists, `code`.");
        g.put(TextField.RESOLUTION, "How the service was restored, step by step, and how you verified it.");
        g.put(TextField.IMPROVEMENTS, "What will change so this cannot happen again, or is caught and fixed faster.");
        g.put(TextField.CLOSING_REMARKS, "Optional words to the readers: thanks, apologies, where to ask questions.");
        return g;
    }
}
