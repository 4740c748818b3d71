package dev.hindsight.library;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which action items to list across a library: only open ones (open or in progress), only
 * overdue ones, only one owner's (compared without case or surrounding spaces), on the day
 * {@code today}.
 */
public record ActionQuery(boolean openOnly, boolean overdueOnly, String owner, LocalDate today) {

    public static ActionQuery all(LocalDate today) {
        return new ActionQuery(false, false, null, today);
    }

    public boolean accepts(ActionDigest item) {
        if (openOnly && !item.isOpen() || overdueOnly && !item.isOverdue(today)) {
            return false;
        }
        return owner == null || owner.isBlank() || fold(item.owner()).equals(fold(owner));
    }

    private static String fold(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The items of the library's reports this query accepts, in {@link ActionRow#BY_DUE} order. */
    public List<ActionRow> rows(List<LibraryEntry> reports) {
        List<ActionRow> rows = new ArrayList<>();
        for (LibraryEntry entry : reports) {
            if (!entry.isReport()) {
                continue;
            }
            for (ActionDigest item : entry.digest().actions()) {
                if (accepts(item)) {
                    rows.add(ActionRow.of(entry, item, today));
                }
            }
        }
        rows.sort(ActionRow.BY_DUE);
        return rows;
    }
}
