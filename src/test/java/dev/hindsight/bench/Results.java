package dev.hindsight.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The results as a table: printed, written as Markdown for docs/performance.md, and as JSON for tools. */
final class Results {
    private static final List<String> HEADER = List.of("group", "scenario", "report", "median", "min", "max", "runs",
            "first", "peak heap", "live after GC", "target", "note");

    private final Map<String, String> machine;
    private final String command;
    private final List<Row> rows;
    private final List<String> messages;

    Results(Map<String, String> machine, String command, List<Row> rows, List<String> messages) {
        this.machine = machine;
        this.command = command;
        this.rows = rows;
        this.messages = messages;
    }

    private static List<String> cells(Row r) {
        return List.of(r.group(), r.scenario(), r.report(), r.median(), r.min(), r.max(),
                Integer.toString(r.stats().runs()), r.first(), Row.megabytes(r.peakUsedMb()),
                r.peakLiveMb() != null && r.peakLiveMb() <= 0 ? "no GC" : Row.megabytes(r.peakLiveMb()), r.targetText(),
                r.note());
    }

    String console() {
        List<List<String>> lines = new ArrayList<>();
        lines.add(HEADER);
        rows.forEach(r -> lines.add(cells(r)));
        int[] widths = new int[HEADER.size()];
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                out.append(String.format("%-" + widths[i] + "s", line.get(i))).append(i + 1 < line.size() ? "  " : "");
            }
            out.append(System.lineSeparator());
        }
        return out.toString();
    }

    String markdown() {
        StringBuilder out = new StringBuilder("# Hindsight benchmark results\n\n");
        out.append("Command: `").append(command).append("`\n\n");
        machine.forEach((k, v) -> out.append("- ").append(k).append(": ").append(v).append('\n'));
        out.append('\n');
        out.append('|').append(String.join("|", HEADER)).append("|\n|");
        HEADER.forEach(h -> out.append("---|"));
        out.append('\n');
        for (Row r : rows) {
            out.append('|').append(String.join("|", cells(r).stream().map(c -> c.replace("|", "\\|")).toList()))
                    .append("|\n");
        }
        if (!messages.isEmpty()) {
            out.append('\n');
            messages.forEach(m -> out.append("- ").append(m).append('\n'));
        }
        return out.toString();
    }

    String json() throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("command", command);
        root.put("machine", machine);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Row r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("group", r.group());
            m.put("scenario", r.scenario());
            m.put("report", r.report());
            m.put("unit", r.unit().equals("ms") ? "ms" : "ratio");
            m.put("median", r.stats().median());
            m.put("min", r.stats().min());
            m.put("max", r.stats().max());
            m.put("runs", r.stats().millis());
            m.put("first", r.firstMillis());
            m.put("peakHeapMb", r.peakUsedMb());
            m.put("liveHeapMb", r.peakLiveMb());
            if (r.target() != null) {
                m.put("target", r.target().describe(r.unit()));
                m.put("met", r.target().met(r.stats().median()));
            }
            m.put("note", r.note());
            list.add(m);
        }
        root.put("results", list);
        root.put("messages", messages);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("results.md"), markdown());
        Files.writeString(dir.resolve("results.json"), json() + "\n");
    }
}
