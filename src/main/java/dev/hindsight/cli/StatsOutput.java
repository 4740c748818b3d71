package dev.hindsight.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.library.LibraryStats;
import dev.hindsight.library.Minutes;
import dev.hindsight.library.Refusal;
import dev.hindsight.library.Spread;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The figures of {@code hindsight stats} as text, CSV or JSON. */
final class StatsOutput {
    private StatsOutput() {
    }

    static String json(LibraryStats s, List<Refusal> refused) {
        ObjectNode root = Json.object();
        root.put("reports", s.reports());
        ObjectNode severity = root.putObject("bySeverity");
        s.bySeverity().forEach(severity::put);
        ObjectNode status = root.putObject("byStatus");
        s.byStatus().forEach(status::put);
        spread(root.putObject("timeToDetectMinutes"), s.timeToDetect());
        spread(root.putObject("timeToResolveMinutes"), s.timeToResolve());
        root.putObject("actionItems").put("open", s.openActions()).put("overdue", s.overdueActions());
        Json.refused(root, refused);
        return Json.write(root);
    }

    private static void spread(ObjectNode node, Spread spread) {
        node.put("median", minutes(spread.median()));
        node.put("p90", minutes(spread.p90()));
        node.put("count", spread.count());
    }

    private static java.math.BigDecimal minutes(OptionalDouble seconds) {
        return seconds.isPresent() ? Minutes.of(seconds.getAsDouble()) : null;
    }

    static String text(LibraryStats s, List<Refusal> refused, LocalDate today) {
        StringBuilder out = new StringBuilder();
        line(out, "Reports", Integer.toString(s.reports()));
        line(out, "By severity", counts(s.bySeverity()));
        line(out, "By status", counts(s.byStatus()));
        line(out, "Time to detect", spread(s.timeToDetect()));
        line(out, "Time to resolve", spread(s.timeToResolve()));
        line(out, "Action items", String.format(Locale.ROOT, "%d open, %d overdue on %s", s.openActions(),
                s.overdueActions(), today));
        if (!refused.isEmpty()) {
            line(out, "Refused", refused.size() + (refused.size() == 1 ? " file" : " files")
                    + " (named on standard error)");
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String name, String value) {
        out.append(String.format(Locale.ROOT, "%-16s %s%n", name, value));
    }

    private static String counts(Map<String, Integer> counts) {
        return counts.isEmpty() ? "\u2014" : counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String spread(Spread s) {
        if (s.count() == 0) {
            return "\u2014 (no report has it)";
        }
        return "median " + Minutes.text(s.median().getAsDouble()) + " min, 90th percentile "
                + Minutes.text(s.p90().getAsDouble()) + " min (" + s.count() + (s.count() == 1 ? " report)" : " reports)");
    }

    static String csv(LibraryStats s, List<Refusal> refused) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            csv.printRecord("figure", "key", "value");
            csv.printRecord("reports", "", s.reports());
            for (Map.Entry<String, Integer> e : s.bySeverity().entrySet()) {
                csv.printRecord("bySeverity", e.getKey(), e.getValue());
            }
            for (Map.Entry<String, Integer> e : s.byStatus().entrySet()) {
                csv.printRecord("byStatus", e.getKey(), e.getValue());
            }
            csvSpread(csv, "timeToDetectMinutes", s.timeToDetect());
            csvSpread(csv, "timeToResolveMinutes", s.timeToResolve());
            csv.printRecord("actionItems", "open", s.openActions());
            csv.printRecord("actionItems", "overdue", s.overdueActions());
            for (Refusal r : refused) {
                csv.printRecord("refused", r.file(), r.message());
            }
        }
        return out.toString();
    }

    private static void csvSpread(CSVPrinter csv, String figure, Spread s) throws IOException {
        java.math.BigDecimal median = minutes(s.median());
        java.math.BigDecimal p90 = minutes(s.p90());
        csv.printRecord(figure, "median", median == null ? "" : median.toPlainString());
        csv.printRecord(figure, "p90", p90 == null ? "" : p90.toPlainString());
        csv.printRecord(figure, "count", s.count());
    }
}
