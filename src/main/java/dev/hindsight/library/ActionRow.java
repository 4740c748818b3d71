package dev.hindsight.library;

import dev.hindsight.model.Priority;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;

/** One action item of a library, with the report it belongs to and whether it is overdue on the day asked. */
public record ActionRow(Path file, ReportDigest report, ActionDigest item, boolean overdue) {

    /**
     * The order of the lists: the earliest due date first (none last), then the most urgent
     * priority (none last), then by file and place in it.
     */
    public static final Comparator<ActionRow> BY_DUE = Comparator
            .comparing((ActionRow r) -> r.item().due(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.item().priority(), Comparator.nullsLast(Comparator.comparingInt(ActionRow::rank)))
            .thenComparing(r -> r.file().toString())
            .thenComparingInt(r -> r.item().index());

    private static int rank(Priority p) {
        int known = Priority.KNOWN.indexOf(p);
        return known >= 0 ? known : Priority.KNOWN.size();
    }

    /**
     * The item's title as a reader sees it: a title is inline Markdown, so "Tune **config**" reads
     * "Tune config", as the editor's table and the PDF show it, not with its asterisks.
     */
    public String titleAsRead() {
        return dev.hindsight.markdown.Markdown.plainInlineText(item.title());
    }

    static ActionRow of(LibraryEntry entry, ActionDigest item, LocalDate today) {
        return new ActionRow(entry.found().file(), entry.digest(), item, item.isOverdue(today));
    }
}
