package dev.hindsight.check;

import dev.hindsight.model.Dismissal;
import dev.hindsight.model.Report;
import java.util.List;

/** The findings a report's authors dismissed ({@code dismissedFindings}): same rule, same path, same words. */
public final class Dismissals {
    private Dismissals() {
    }

    public static boolean dismisses(Dismissal d, Finding f) {
        return d.rule().equals(f.rule()) && d.path().equals(f.path()) && d.text().equals(f.text());
    }

    /** The findings that no dismissal of the report matches. */
    public static List<Finding> remaining(Report report, List<Finding> findings) {
        List<Dismissal> dismissed = report.review().dismissed();
        if (dismissed.isEmpty()) {
            return findings;
        }
        return findings.stream().filter(f -> dismissed.stream().noneMatch(d -> dismisses(d, f))).toList();
    }

    public static Dismissal of(Finding f) {
        return new Dismissal(f.rule(), f.path(), f.text());
    }
}
