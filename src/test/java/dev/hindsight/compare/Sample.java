package dev.hindsight.compare;

import dev.hindsight.format.ReportEncoder;
import dev.hindsight.format.ReportFormatException;
import dev.hindsight.format.ReportReader;
import dev.hindsight.model.ActionItem;
import dev.hindsight.model.ActionStatus;
import dev.hindsight.model.ActionType;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Extras;
import dev.hindsight.model.Measures;
import dev.hindsight.model.Priority;
import dev.hindsight.model.Report;
import dev.hindsight.model.ReportStatus;
import dev.hindsight.model.Severity;
import dev.hindsight.model.Summary;
import dev.hindsight.model.TimelineEntry;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A small report to edit in tests of compare and merge, and helpers to edit it as a person would. */
final class Sample {
    static final String ROOT_CAUSE = String.join("\n",
            "A configuration change removed the primary database's replica set.",
            "",
            "The change was reviewed, but the review tool hid the deleted lines.",
            "",
            "Failover did not start because the health check still passed.",
            "",
            "Backups were intact.");

    private Sample() {
    }

    static Instant at(String hhmm) {
        return Instant.parse("2024-06-10T" + hhmm + ":00Z");
    }

    static TimelineEntry row(String hhmm, EntryKind kind, String text) {
        return new TimelineEntry(hhmm == null ? null : at(hhmm), kind, text);
    }

    static ActionItem item(String title, String owner) {
        return new ActionItem(title, "", ActionType.PREVENT, owner, LocalDate.parse("2024-07-01"), Priority.P1,
                ActionStatus.OPEN, "", Extras.NONE);
    }

    static Report base() {
        List<TimelineEntry> timeline = List.of(
                row("10:58", EntryKind.DETECTION, "Error rate alert fired for checkout"),
                row("11:02", EntryKind.RESPONSE, "On-call engineer acknowledged the page"),
                row("11:10", EntryKind.INVESTIGATION, "Database connections found refused"),
                row("11:25", EntryKind.MITIGATION, "Replica set restored from the previous configuration"),
                row("11:40", EntryKind.RESOLUTION, "Checkout error rate back to normal"));
        List<ActionItem> items = List.of(
                item("Show deleted lines in configuration reviews", "Alice"),
                item("Make the database health check test writes", "Bob"),
                item("Page the database team on replica loss", "Carol"));
        Summary summary = new Summary(at("10:55"), at("11:40"), "Checkout failed for 45 minutes.",
                new BigDecimal("40"), "A configuration change removed the replica set.", Extras.NONE);
        return new Report(1, "Database vanished", "INC-42", Severity.SEV2, ReportStatus.DRAFT, "Internal",
                List.of("Alice", "Bob"), "Europe/Berlin", Instant.parse("2024-06-11T08:00:00Z"),
                Instant.parse("2024-06-11T09:00:00Z"), summary, timeline, ROOT_CAUSE,
                "We restored the previous configuration.", new Measures("Review tooling.", items, Extras.NONE), "",
                Extras.NONE);
    }

    static Report timeline(Report r, UnaryOperator<List<TimelineEntry>> change) {
        return r.withTimeline(change.apply(new ArrayList<>(r.timeline())));
    }

    static Report items(Report r, UnaryOperator<List<ActionItem>> change) {
        return r.withMeasures(r.measures().withActionItems(change.apply(new ArrayList<>(r.measures().actionItems()))));
    }

    static <T> List<T> set(List<T> list, int index, T value) {
        list.set(index, value);
        return list;
    }

    static <T> List<T> remove(List<T> list, int index) {
        list.remove(index);
        return list;
    }

    static <T> List<T> insert(List<T> list, int index, T value) {
        list.add(index, value);
        return list;
    }

    static <T> List<T> move(List<T> list, int from, int to) {
        list.add(to, list.remove(from));
        return list;
    }

    /** The report as a file holds it and read back: what a saved copy is. */
    static Report saved(Report r) {
        try {
            return new ReportReader().read(new ReportEncoder().encode(r), "saved").report();
        } catch (ReportFormatException e) {
            throw new UncheckedIOException(new java.io.IOException(e));
        }
    }

    static Report read(String json) {
        try {
            return new ReportReader().read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "test").report();
        } catch (ReportFormatException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
