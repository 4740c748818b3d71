package dev.hindsight.bench;

import dev.hindsight.check.CheckConfig;
import dev.hindsight.check.rules.CheckSession;
import dev.hindsight.check.rules.CheckSetup;
import dev.hindsight.check.rules.Rules;
import dev.hindsight.check.spelling.PersonalDictionary;
import dev.hindsight.check.spelling.SpellingDictionary;
import dev.hindsight.check.spelling.WordList;
import dev.hindsight.edit.ListEdits;
import dev.hindsight.find.FindQuery;
import dev.hindsight.find.FindResult;
import dev.hindsight.find.Replacement;
import dev.hindsight.find.ReportSearch;
import dev.hindsight.format.ReportFiles;
import dev.hindsight.model.Report;
import dev.hindsight.model.TextPlaces;
import dev.hindsight.model.TimelineEntry;
import java.nio.file.Path;
import java.util.List;

/**
 * A benchmark JVM for the writing tools on one report, as the editor will call them (off the JavaFX
 * thread): {@code load} (read the en-US dictionary), {@code check} (the whole report with a new
 * session of the rules on by default: completeness, blameless, spelling; as when a report is opened),
 * {@code check-spelling}, {@code check-blameless}, {@code check-completeness} (one rule alone),
 * {@code keystroke-report} (the whole report again after one
 * event's text changed, the session keeping the rest), {@code keystroke-field} (only the changed field),
 * {@code find} and {@code find-regex} across the report, {@code replace-all} (one command, applied).
 * Arguments: scenario, report file, warm-ups, runs.
 */
public final class CheckBench {
    private static final int ROW = 5000;

    private CheckBench() {
    }

    public static void main(String[] args) throws Exception {
        String scenario = args[0];
        Report report = new ReportFiles().open(Path.of(args[1])).report();
        int warmups = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        int fields = TextPlaces.of(report).size();
        Trial.Outcome outcome;
        switch (scenario) {
            case "load":
                outcome = Trial.measure(warmups, runs,
                        () -> SpellingDictionary.read(SpellingDictionary.Variant.EN_US).loadMillis() + " ms to read");
                break;
            case "check":
                outcome = Trial.measure(warmups, runs, () -> {
                    CheckSession session = CheckSession.open(setup());
                    return session.check(report).size() + " findings in " + fields + " fields, new session, rules "
                            + String.join(" ", session.rules());
                });
                break;
            case "check-spelling":
            case "check-blameless":
            case "check-completeness":
                String rule = scenario.substring("check-".length());
                outcome = Trial.measure(warmups, runs, () -> {
                    CheckSession session = CheckSession.open(List.of(Rules.named(rule).orElseThrow()), setup());
                    return session.check(report).size() + " " + rule + " findings in " + fields + " fields, new session";
                });
                break;
            case "keystroke-report":
            case "keystroke-field":
                outcome = keystrokes(scenario, report, warmups, runs, fields);
                break;
            case "find":
                outcome = Trial.measure(warmups, runs, () -> matches(ReportSearch.find(report, FindQuery.of("database"))));
                break;
            case "find-regex":
                outcome = Trial.measure(warmups, runs, () -> matches(ReportSearch.find(report,
                        FindQuery.of("\\b(?:rolled|paged) \\w+").withRegex(true).withMatchCase(true))));
                break;
            case "replace-all":
                outcome = Trial.measure(warmups, runs, () -> {
                    Replacement r = ReportSearch.replaceAll(report, FindQuery.of("database").withWholeWord(true),
                            "datastore");
                    r.command().orElseThrow().apply(report);
                    return r.count() + " matches in " + r.fields() + " fields, one command";
                });
                break;
            default:
                throw new IllegalArgumentException("unknown scenario " + scenario);
        }
        Trial.print(outcome);
    }

    private static CheckSetup setup() {
        return CheckSetup.editor("", WordList.EMPTY, PersonalDictionary.none(), CheckConfig.none());
    }

    private static String matches(FindResult r) {
        return r.matches().size() + (r.truncated() ? "+" : "") + " matches";
    }

    /** One character typed at the end of event {@value #ROW} before each run; the session already knows the rest. */
    private static Trial.Outcome keystrokes(String scenario, Report report, int warmups, int runs, int fields)
            throws Exception {
        CheckSession session = CheckSession.open(setup());
        session.check(report);
        Report[] typed = {report};
        int[] n = {0};
        String path = "timeline[" + ROW + "].text";
        Trial.Setup type = () -> {
            TimelineEntry e = typed[0].timeline().get(ROW);
            String text = e.text() + (n[0]++ % 2 == 0 ? " teh" : "s");
            typed[0] = ListEdits.TIMELINE.replace(ROW, e.withText(text), "Typing", "t").apply(typed[0]);
        };
        if (scenario.equals("keystroke-field")) {
            return Trial.measure(warmups, runs, type,
                    () -> session.checkPlace(typed[0], path).size() + " findings in the field");
        }
        return Trial.measure(warmups, runs, type,
                () -> session.check(typed[0]).size() + " findings, 1 of " + fields + " fields read again");
    }
}
