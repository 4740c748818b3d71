package dev.hindsight.export;

import dev.hindsight.model.Severity;
import java.util.Map;

/** The severity badge colours, SEV1 red to SEV5 grey, as {@code #RRGGBB}, for the PDF and the editor. */
public final class SeverityColors {
    private static final Map<Severity, String> COLORS = Map.of(
            Severity.SEV1, "#C62828",
            Severity.SEV2, "#E65100",
            Severity.SEV3, "#B58900",
            Severity.SEV4, "#1565C0",
            Severity.SEV5, "#757575");

    private SeverityColors() {
    }

    /** The badge colour (white text reads on each); grey for a missing or unknown severity. */
    public static String of(Severity severity) {
        return COLORS.getOrDefault(severity, "#757575");
    }
}
