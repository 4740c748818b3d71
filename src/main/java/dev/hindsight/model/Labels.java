package dev.hindsight.model;

import java.util.Map;

/** Human labels for enumeration codes, shared by the editor and the exporters. */
final class Labels {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("draft", "Draft"),
            Map.entry("in-review", "In review"),
            Map.entry("final", "Final"),
            Map.entry("detection", "Detection"),
            Map.entry("response", "Response"),
            Map.entry("investigation", "Investigation"),
            Map.entry("misleading", "Misleading"),
            Map.entry("escalation", "Escalation"),
            Map.entry("mitigation", "Mitigation"),
            Map.entry("resolution", "Resolution"),
            Map.entry("note", "Note"),
            Map.entry("prevent", "Prevent"),
            Map.entry("mitigate", "Mitigate"),
            Map.entry("detect", "Detect"),
            Map.entry("process", "Process"),
            Map.entry("open", "Open"),
            Map.entry("in-progress", "In progress"),
            Map.entry("done", "Done"),
            Map.entry("wont-do", "Won't do"));

    private Labels() {
    }

    static String of(String code) {
        return LABELS.getOrDefault(code, code);
    }
}
