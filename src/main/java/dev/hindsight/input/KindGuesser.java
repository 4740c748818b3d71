package dev.hindsight.input;

import dev.hindsight.model.EntryKind;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Suggests the kind of a timeline moment from its words ("escalated" → escalation), and
 * reads a kind that is written out ("Misleading path:", "mitigation"). The first rule that
 * matches wins, so the order below matters; {@code note} when nothing fits.
 */
public final class KindGuesser {
    private static final Map<EntryKind, Pattern> RULES = new LinkedHashMap<>();

    static {
        rule(EntryKind.MISLEADING, "misleading|red herring|false (lead|alarm|trail)|wrong (path|track|lead)|dead end"
                + "|turned out (not|to be unrelated)|ruled out");
        rule(EntryKind.RESOLUTION, "resolved|resolution|fully restored|all clear|back to normal|incident closed"
                + "|closed the incident|service(s)? (is |are )?(fully )?recovered|declared over");
        rule(EntryKind.ESCALATION, "escalat\\w*|paged (the|in|an?) |brought in|looped in|called in|pulled in"
                + "|engaged (the|an?) |raised (to|with) (the )?sev|declared (a |an )?(sev|major incident|incident)");
        rule(EntryKind.MITIGATION, "mitigat\\w*|roll(ed|ing)? ?back|revert(ed|ing)?|restor\\w*|fail(ed|ing)? ?over"
                + "|workaround|restart(ed|ing)?|reboot(ed|ing)?|scaled (up|out)|hot ?fix|(deployed|shipped) (a |the )?fix"
                + "|fix (deployed|shipped)|drain(ed|ing)?|block(ed|ing) (the )?traffic|rate.?limit\\w*|disabled (the )?feature");
        rule(EntryKind.RESPONSE, "acknowledg\\w*|ack(ed|'d)|on-?call|pager|paged|respond\\w*|joined|"
                + "war ?room|bridge (opened|started)|incident (channel|commander)|began working|took ownership");
        rule(EntryKind.DETECTION, "detect\\w*|alert(ed|s)?( fired)?|noticed|report(ed|ing|s)|monitor\\w*"
                + "|first (sign|symptom)|spike|dashboard|error rate|page (fired|went off)");
        rule(EntryKind.INVESTIGATION, "investigat\\w*|discover\\w*|found|confirm\\w*|identif\\w*|check(ed|ing)"
                + "|verif\\w*|look(ed|ing) (at|into)|analy[sz]\\w*|root cause|suspect\\w*|reproduc\\w*|debug\\w*"
                + "|traced|diagnos\\w*|reveal\\w*|examin\\w*|review(ed|ing)");
    }

    private KindGuesser() {
    }

    private static void rule(EntryKind kind, String words) {
        RULES.put(kind, Pattern.compile("(?<![\\w-])(" + words + ")(?![\\w-])", Pattern.CASE_INSENSITIVE));
    }

    /** The most likely kind for what happened, {@code note} when no rule matches. */
    public static EntryKind guess(String text) {
        for (Map.Entry<EntryKind, Pattern> rule : RULES.entrySet()) {
            if (rule.getValue().matcher(text).find()) {
                return rule.getKey();
            }
        }
        return EntryKind.NOTE;
    }

    /** A kind written out: its code or label in any case, "misleading path" for misleading. */
    public static Optional<EntryKind> named(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        if (w.equals("misleading path") || w.equals("red herring")) {
            return Optional.of(EntryKind.MISLEADING);
        }
        return EntryKind.KNOWN.stream()
                .filter(k -> k.code().equals(w) || k.label().toLowerCase(Locale.ROOT).equals(w))
                .findFirst();
    }
}
