package dev.hindsight.input.importing;

import dev.hindsight.model.ActionStatus;
import dev.hindsight.model.ActionType;
import dev.hindsight.model.Priority;
import dev.hindsight.model.ReportStatus;
import dev.hindsight.model.Severity;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The format's codes for the labels people write: "Sev 2", "S2", "major" are {@code SEV2};
 * "In review" is {@code in-review}; "DONE", "fixed" are {@code done}; "high" is {@code P1}.
 * A label that means nothing known gives empty, and the import keeps the words elsewhere.
 */
final class Codes {
    private static final Pattern SEVERITY = Pattern.compile("^(?:sev(?:erity)?|s|level|l)?[\\h\\-_.:#]*([1-5])\\b.*");
    private static final Pattern PRIORITY = Pattern.compile("^(?:p(?:riority)?|prio)[\\h\\-_.:#]*([0-3])\\b.*");
    private static final Map<String, Severity> SEVERITY_WORDS = Map.of("critical", Severity.SEV1,
            "major", Severity.SEV2, "high", Severity.SEV2, "medium", Severity.SEV3, "moderate", Severity.SEV3,
            "minor", Severity.SEV4, "low", Severity.SEV4);
    private static final Map<String, Priority> PRIORITY_WORDS = Map.of("critical", Priority.P0, "urgent", Priority.P0,
            "blocker", Priority.P0, "high", Priority.P1, "medium", Priority.P2, "normal", Priority.P2,
            "low", Priority.P3, "minor", Priority.P3);

    private Codes() {
    }

    private static String words(String text) {
        return TextLines.plain(text).toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[\\h_]+", " ")
                .strip();
    }

    static Optional<Severity> severity(String text) {
        String w = words(text);
        Matcher m = SEVERITY.matcher(w);
        if (m.matches()) {
            return Optional.of(new Severity("SEV" + m.group(1)));
        }
        return Optional.ofNullable(SEVERITY_WORDS.get(w.replaceAll("[^a-z]", "")));
    }

    static Optional<ReportStatus> reportStatus(String text) {
        String w = words(text).replaceAll("[,;.(].*$", "").strip();
        if (w.matches("draft|drafting|wip|work in progress|in progress|not started|open|started")) {
            return Optional.of(ReportStatus.DRAFT);
        }
        if (w.matches("in[ -]?review|review|under review|reviewing|for review|ready for review|needs review|pending review")) {
            return Optional.of(ReportStatus.IN_REVIEW);
        }
        if (w.matches("final|finali[sz]ed|complete|completed|published|done|closed|approved|reviewed|resolved|signed off")) {
            return Optional.of(ReportStatus.FINAL);
        }
        return Optional.empty();
    }

    static Optional<ActionStatus> actionStatus(String text) {
        String w = words(text).replaceAll("[.!]+$", "");
        if (w.matches("open|to ?do|not started|new|backlog|planned|pending|proposed|todo|\\[ \\]")) {
            return Optional.of(ActionStatus.OPEN);
        }
        if (w.matches("in[ -]?progress|doing|started|wip|ongoing|in review|in development|underway|active")) {
            return Optional.of(ActionStatus.IN_PROGRESS);
        }
        if (w.matches("done|complete|completed|fixed|closed|resolved|finished|shipped|merged|\\[x\\]|yes")) {
            return Optional.of(ActionStatus.DONE);
        }
        if (w.matches("won'?t ?(do|fix)|wont-do|cancell?ed|dropped|declined|obsolete|not planned|rejected|abandoned")) {
            return Optional.of(ActionStatus.WONT_DO);
        }
        return Optional.empty();
    }

    static Optional<Priority> priority(String text) {
        String w = words(text);
        Matcher m = PRIORITY.matcher(w);
        if (m.matches()) {
            return Optional.of(new Priority("P" + m.group(1)));
        }
        return Optional.ofNullable(PRIORITY_WORDS.get(w.replaceAll("[^a-z]", "")));
    }

    static Optional<ActionType> actionType(String text) {
        String w = words(text);
        if (w.matches("prevent|prevention|preventive|preventative")) {
            return Optional.of(ActionType.PREVENT);
        }
        if (w.matches("mitigate|mitigation|mitigating|repair|fix")) {
            return Optional.of(ActionType.MITIGATE);
        }
        if (w.matches("detect|detection|monitoring|alerting|observability")) {
            return Optional.of(ActionType.DETECT);
        }
        if (w.matches("process|procedure|documentation|training|runbook|playbook")) {
            return Optional.of(ActionType.PROCESS);
        }
        return Optional.empty();
    }
}
