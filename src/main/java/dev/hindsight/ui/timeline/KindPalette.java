package dev.hindsight.ui.timeline;

import dev.hindsight.model.EntryKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The colour of each kind in the table, and choosing a kind by its first letter. */
final class KindPalette {
    private static final Map<EntryKind, String> HEX = Map.of(
            EntryKind.DETECTION, "#DD2E44", EntryKind.RESPONSE, "#F4900C", EntryKind.INVESTIGATION, "#3B88C3",
            EntryKind.MISLEADING, "#C99700", EntryKind.ESCALATION, "#AA8ED6", EntryKind.MITIGATION, "#C1694F",
            EntryKind.RESOLUTION, "#5E9E3F");

    private KindPalette() {
    }

    static String hex(EntryKind kind) {
        return HEX.getOrDefault(kind, "#8C8C8C");
    }

    /** The next known kind starting with {@code letter} after {@code current} (d: detection; r: response, resolution). */
    static EntryKind byLetter(String letter, EntryKind current) {
        String l = letter.toLowerCase(Locale.ROOT);
        List<EntryKind> matching = EntryKind.KNOWN.stream().filter(k -> k.code().startsWith(l)).toList();
        if (matching.isEmpty()) {
            return null;
        }
        int at = matching.indexOf(current);
        return matching.get((at + 1) % matching.size());
    }
}
