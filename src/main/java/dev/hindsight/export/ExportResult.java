package dev.hindsight.export;

import java.util.List;

/**
 * What an export produced: its page count (0 for formats without pages) and the characters no
 * font could show, each once per field, so the user can be told after the export.
 */
public record ExportResult(int pages, List<MissingCharacter> missing) {
    public ExportResult {
        missing = List.copyOf(missing);
    }

    public boolean hasMissingCharacters() {
        return !missing.isEmpty();
    }

    /** One line for a person, or empty when nothing is missing: {@code 2 characters could not be shown: ...}. */
    public String describeMissing() {
        if (missing.isEmpty()) {
            return "";
        }
        int shown = Math.min(missing.size(), 5);
        StringBuilder out = new StringBuilder();
        out.append(missing.size()).append(missing.size() == 1 ? " character" : " characters")
                .append(" could not be shown (no font has them; the PDF shows \uFFFD): ");
        for (int i = 0; i < shown; i++) {
            out.append(i == 0 ? "" : "; ").append(missing.get(i));
        }
        if (missing.size() > shown) {
            out.append("; and ").append(missing.size() - shown).append(" more");
        }
        return out.toString();
    }
}
