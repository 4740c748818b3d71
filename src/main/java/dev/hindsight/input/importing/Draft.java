package dev.hindsight.input.importing;

import dev.hindsight.model.ActionItem;
import dev.hindsight.model.ReportStatus;
import dev.hindsight.model.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an import has read so far, before times are placed: the report's parts as text and facts. */
final class Draft {
    String title = "";
    String incidentId = "";
    Severity severity;
    ReportStatus status;
    String confidentiality = "";
    final List<String> authors = new ArrayList<>();
    LooseTimes.StatedZone zone;
    LocalDate date;
    final List<String> windows = new ArrayList<>();
    String start;
    String end;
    BigDecimal users;
    /** Whether the document has a users-affected fact, even one that says "unknown": then the impact is not read for it. */
    boolean usersStated;
    final Map<Target, StringBuilder> texts = new LinkedHashMap<>();
    final StringBuilder impact = new StringBuilder();
    final StringBuilder summaryProse = new StringBuilder();
    final StringBuilder summaryRootCause = new StringBuilder();
    final List<ActionItem> actions = new ArrayList<>();
    final List<String> otherDetails = new ArrayList<>();
    final List<Placement> placements = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    /** The parts of the timeline, read once the zone and the date are known. */
    final List<Part> timeline = new ArrayList<>();

    /** Adds text to a section, under {@code heading} when it is not the first text there or not the section's own name. */
    void append(Target target, String heading, String text) {
        StringBuilder sb = texts.computeIfAbsent(target, t -> new StringBuilder());
        appendTo(sb, heading, text);
    }

    static void appendTo(StringBuilder sb, String heading, String text) {
        if (text.isBlank()) {
            return;
        }
        if (sb.length() > 0) {
            sb.append("\n\n");
        }
        if (heading != null && !heading.isBlank()) {
            sb.append("### ").append(heading.strip()).append("\n\n");
        }
        sb.append(text.strip());
    }

    String text(Target target) {
        StringBuilder sb = texts.get(target);
        return sb == null ? "" : sb.toString();
    }

    boolean has(Target target) {
        return texts.containsKey(target) && texts.get(target).length() > 0;
    }

    void place(String from, String to) {
        placements.add(new Placement(from, to));
    }
}
