package dev.hindsight.ui.review;

import dev.hindsight.check.Finding;
import dev.hindsight.model.ReportSection;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Which part of the report a finding's path lies in, and findings grouped that way in report order. */
public final class FindingSections {
    private FindingSections() {
    }

    /** The section that shows {@code path}: {@code timeline[3].text} is on the Timeline tab, {@code severity} on the summary. */
    public static ReportSection of(String path) {
        if (path.startsWith("timeline")) {
            return ReportSection.TIMELINE;
        }
        if (path.equals("rootCause") || path.startsWith("rootCause.")) {
            return ReportSection.ROOT_CAUSE;
        }
        if (path.equals("resolution") || path.startsWith("resolution.")) {
            return ReportSection.RESOLUTION;
        }
        if (path.startsWith("measures") || path.equals("closingRemarks")) {
            return ReportSection.MEASURES;
        }
        if (path.startsWith("contributingFactors") || path.startsWith("classification")) {
            return ReportSection.CLASSIFICATION;
        }
        return ReportSection.SUMMARY;
    }

    /** The findings by section, sections in the order of the report, findings in the order given within each. */
    public static Map<ReportSection, List<Finding>> group(List<Finding> findings) {
        Map<ReportSection, List<Finding>> out = new EnumMap<>(ReportSection.class);
        for (Finding f : findings) {
            out.computeIfAbsent(of(f.path()), s -> new ArrayList<>()).add(f);
        }
        return out;
    }
}
