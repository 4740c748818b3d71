package dev.hindsight.export;

import java.util.List;

/**
 * What an export produced: its page count (0 for formats without pages), the characters no
 * font could show, each once per field, so the user can be told after the export, and the
 * files written beside it (pictures), relative to the document's folder.
 */
public record ExportResult(int pages, List<MissingCharacter> missing, List<String> attachments) {
    public ExportResult {
        missing = List.copyOf(missing);
        attachments = List.copyOf(attachments);
    }

    public ExportResult(int pages, List<MissingCharacter> missing) {
        this(pages, missing, List.of());
    }

    ExportResult withAttachments(List<String> written) {
        return new ExportResult(pages, missing, written);
    }

    /** {@code 3 pictures in db_files}, or empty when nothing was written beside the document. */
    public String describeAttachments() {
        if (attachments.isEmpty()) {
            return "";
        }
        String folder = attachments.get(0).substring(0, Math.max(0, attachments.get(0).indexOf('/')));
        return attachments.size() + (attachments.size() == 1 ? " picture in " : " pictures in ") + folder;
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
