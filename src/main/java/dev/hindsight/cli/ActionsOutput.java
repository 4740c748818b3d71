package dev.hindsight.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.library.ActionDigest;
import dev.hindsight.library.ActionRow;
import dev.hindsight.library.Refusal;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The action items of {@code hindsight actions} as text, CSV or JSON. */
final class ActionsOutput {
    private ActionsOutput() {
    }

    static String json(List<ActionRow> rows, List<Refusal> refused) {
        ObjectNode root = Json.object();
        ArrayNode items = root.putArray("actionItems");
        for (ActionRow row : rows) {
            ActionDigest a = row.item();
            items.addObject().put("file", row.file().toString()).put("path", a.path()).put("title", a.title())
                    .put("owner", a.owner()).put("due", a.due() == null ? null : a.due().toString())
                    .put("priority", a.priority() == null ? null : a.priority().code())
                    .put("status", a.status().code()).put("overdue", row.overdue());
        }
        Json.refused(root, refused);
        return Json.write(root);
    }

    static String csv(List<ActionRow> rows) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            csv.printRecord("file", "path", "title", "owner", "due", "priority", "status", "overdue");
            for (ActionRow row : rows) {
                ActionDigest a = row.item();
                csv.printRecord(row.file(), a.path(), a.title(), a.owner(), a.due() == null ? "" : a.due(),
                        a.priority() == null ? "" : a.priority().code(), a.status().code(), row.overdue());
            }
        }
        return out.toString();
    }

    /** One line per item: due, priority, status, owner, then the title and where it is; overdue ones say so. */
    static String text(List<ActionRow> rows) {
        if (rows.isEmpty()) {
            return "No action items.\n";
        }
        int owner = Math.min(24, rows.stream().mapToInt(r -> r.item().owner().strip().length()).max().orElse(0));
        int status = rows.stream().mapToInt(r -> r.item().status().code().length()).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (ActionRow row : rows) {
            ActionDigest a = row.item();
            out.append(String.format(Locale.ROOT, "%-10s  %-2s  %-" + status + "s  %-" + Math.max(owner, 1) + "s  %s  (%s %s)%s%n",
                    a.due() == null ? "no date" : a.due(), a.priority() == null ? "-" : a.priority().code(),
                    a.status().code(), a.owner().isBlank() ? "-" : a.owner().strip(), a.title().isBlank() ? "(untitled)" : a.title(),
                    row.file(), a.path(), row.overdue() ? "  OVERDUE" : ""));
        }
        return out.toString();
    }
}
