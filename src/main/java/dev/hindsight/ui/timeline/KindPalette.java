package dev.hindsight.ui.timeline;

import dev.hindsight.model.EntryKind;
import java.util.List;
import java.util.Locale;
import dev.hindsight.export.KindColors;

/** The colour of each kind in the table (shared with the exports), and choosing a kind by its first letter. */
final class KindPalette {
    private KindPalette() {
    }

    /** The kind's colour, the same as in the PDF and the Markdown legend. */
    static String hex(EntryKind kind) {
        return KindColors.of(kind).hex();
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
