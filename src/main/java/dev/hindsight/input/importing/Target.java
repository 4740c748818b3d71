package dev.hindsight.input.importing;

/** Where the text under a heading goes in the report. */
enum Target {
    PREAMBLE("the report's title and facts"),
    SUMMARY("Issue Summary"),
    IMPACT("Issue Summary \u25B8 Impact"),
    TIMELINE("Timeline"),
    ROOT_CAUSE("Root Cause"),
    RESOLUTION("Resolution and Recovery"),
    MEASURES("Corrective and Preventative Measures"),
    ACTION_ITEMS("Action items"),
    CLOSING("Closing Remarks"),
    KEPT("Closing Remarks, under its own heading"),
    FIELDS("the report's facts"),
    UNKNOWN("Closing Remarks, under its own heading (not a section Hindsight knows)");

    private final String shown;

    Target(String shown) {
        this.shown = shown;
    }

    /** Where it goes, as the import's preview says it. */
    String shown() {
        return shown;
    }

    static Target of(String key) {
        switch (key) {
            case "summary": return SUMMARY;
            case "impact": return IMPACT;
            case "timeline": return TIMELINE;
            case "rootCause": return ROOT_CAUSE;
            case "resolution": return RESOLUTION;
            case "measures": return MEASURES;
            case "actionItems": return ACTION_ITEMS;
            case "closing": return CLOSING;
            case "kept": return KEPT;
            case "fields": return FIELDS;
            default: throw new IllegalArgumentException("unknown target " + key);
        }
    }
}
