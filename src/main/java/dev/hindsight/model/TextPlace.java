package dev.hindsight.model;

import java.util.Objects;

/**
 * One prose field of a report, where it is and what it holds: its path as messages and findings
 * name it ({@code rootCause}, {@code timeline[3].text}), the tab that shows it, how its text is
 * read (plain, inline or block Markdown), a label for people and the text itself.
 */
public record TextPlace(String path, ReportSection section, Kind kind, String label, String text) {
    /** How a field's text is read: the title is plain text, event texts and item titles inline Markdown. */
    public enum Kind { PLAIN, INLINE_MARKDOWN, BLOCK_MARKDOWN }

    public TextPlace {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
    }

    /** Where it is for people: "Root Cause", or the tab and the field, "Timeline \u00b7 Event 3". */
    public String where() {
        return section.label().equals(label) ? label : section.label() + " \u00b7 " + label;
    }

    public TextPlace withText(String v) {
        return new TextPlace(path, section, kind, label, v);
    }
}
