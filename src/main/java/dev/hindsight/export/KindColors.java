package dev.hindsight.export;

import dev.hindsight.model.EntryKind;
import java.util.Map;

/**
 * One colour per timeline kind, the same in the editor's table, the PDF and the Markdown
 * legend. The colours are those of the coloured-square emoji the Markdown export uses as
 * markers (Markdown has no colour), so a reader sees the same colour in both.
 */
public final class KindColors {
    /** A kind's colour as {@code #RRGGBB}, its Markdown marker and the symbol the PDF draws. */
    public record Style(String hex, String marker, String symbol) {
    }

    private static final Style UNKNOWN = new Style("#9E9E9E", "\u2B1C", "\u25CF");

    private static final Map<EntryKind, Style> STYLES = Map.of(
            EntryKind.DETECTION, new Style("#DD2E44", "\uD83D\uDFE5", "\u25CF"),
            EntryKind.RESPONSE, new Style("#F4900C", "\uD83D\uDFE7", "\u25CF"),
            EntryKind.INVESTIGATION, new Style("#3B88C3", "\uD83D\uDFE6", "\u25CF"),
            EntryKind.MISLEADING, new Style("#E8B400", "\uD83D\uDFE8", "\u25B2"),
            EntryKind.ESCALATION, new Style("#AA8ED6", "\uD83D\uDFEA", "\u25CF"),
            EntryKind.MITIGATION, new Style("#C1694F", "\uD83D\uDFEB", "\u25CF"),
            EntryKind.RESOLUTION, new Style("#78B159", "\uD83D\uDFE9", "\u25CF"),
            EntryKind.NOTE, UNKNOWN);

    private KindColors() {
    }

    /** The style of a kind; kinds this version does not know are grey, like notes. */
    public static Style of(EntryKind kind) {
        return STYLES.getOrDefault(kind, UNKNOWN);
    }

    /** The tint behind a misleading row, light enough to read black text on. */
    public static final String MISLEADING_TINT = "#FFF6D5";
}
