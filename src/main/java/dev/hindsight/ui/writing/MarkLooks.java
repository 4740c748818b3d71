package dev.hindsight.ui.writing;

import java.util.Locale;
import java.util.Map;

/**
 * How marks look in a prose field, as inline CSS for RichTextFX's text nodes: findings by their
 * rule's name (spelling a red wavy line; a known rule its own colour; any other rule a colour of
 * its own derived from its name, so a new rule is underlined without a change here), highlights
 * by their kind (a background).
 */
public final class MarkLooks {
    private static final Map<String, String> RULE_COLOURS = Map.of(
            "spelling", "#d1242f",
            "blameless", "#8250df",
            "completeness", "#bf8700");
    /** Colours for rules not named above, chosen by the rule name's hash: readable on light and dark. */
    private static final String[] OTHER_RULES = {"#0969da", "#1a7f37", "#bc4c00", "#a475f9", "#cf222e", "#3192aa"};
    private static final Map<String, String> HIGHLIGHT_COLOURS = Map.of(
            "find", "rgba(255, 214, 0, 0.45)",
            "find-current", "rgba(255, 140, 0, 0.75)",
            "comment", "rgba(84, 174, 255, 0.35)");
    private static final String OTHER_HIGHLIGHT = "rgba(160, 160, 160, 0.35)";

    private MarkLooks() {
    }

    /** The underline colour of a rule's findings. */
    public static String ruleColour(String rule) {
        String known = RULE_COLOURS.get(rule);
        return known != null ? known : OTHER_RULES[Math.floorMod(rule.hashCode(), OTHER_RULES.length)];
    }

    /** Inline CSS underlining a finding of {@code rule}: a wavy line in the rule's colour. */
    public static String finding(String rule) {
        return String.format(Locale.ROOT, "-rtfx-underline-color: %s; -rtfx-underline-width: 1.2px; "
                + "-rtfx-underline-wave-radius: 1.6px;", ruleColour(rule));
    }

    /** The background colour of a highlight of {@code kind}, as CSS. */
    public static String highlightColour(String kind) {
        return HIGHLIGHT_COLOURS.getOrDefault(kind, OTHER_HIGHLIGHT);
    }

    /** Inline CSS for a highlight of {@code kind}: a background behind the text. */
    public static String highlight(String kind) {
        return "-rtfx-background-color: " + highlightColour(kind) + ";";
    }
}
