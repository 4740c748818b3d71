package dev.hindsight.compare;

import dev.hindsight.model.Report;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The differences in meaning between two copies of a report: every key of the format, rows and
 * items matched by content (see {@link ReportSchema}), prose by lines, pictures by their hash,
 * unknown keys by value. Layout (key order, indentation, compact JSON) and the format version
 * written are no difference.
 */
public final class ReportDiff {
    private ReportDiff() {
    }

    /** What theirs has differently from ours, in the order of the report. */
    public static List<Difference> between(Report ours, Report theirs) {
        return Differ.of(ReportSchema.REPORT, ours, theirs);
    }

    /** The differences by section, in the order of the report, sections without any left out. */
    public static Map<Section, List<Difference>> bySection(List<Difference> differences) {
        Map<Section, List<Difference>> out = new EnumMap<>(Section.class);
        for (Difference d : differences) {
            out.computeIfAbsent(d.section(), s -> new ArrayList<>()).add(d);
        }
        return out;
    }
}
