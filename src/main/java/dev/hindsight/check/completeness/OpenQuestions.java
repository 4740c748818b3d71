package dev.hindsight.check.completeness;

import dev.hindsight.check.Finding;
import dev.hindsight.check.ProseText;
import dev.hindsight.model.Report;
import dev.hindsight.model.TextPlace;
import dev.hindsight.model.TextPlaces;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Open questions left in the prose of a report marked final: placeholders writers leave for later
 * ({@code TBD}, {@code TBC}, {@code TBA}, {@code TODO}, {@code FIXME}, {@code XXX}), runs of question
 * marks ({@code ??}), "to be determined" and its kin, {@code [insert …]} and "lorem ipsum". Code
 * spans and blocks are not read (a quoted {@code // TODO} is evidence, not a question). Each is a
 * finding on exactly those words, with their offsets.
 */
final class OpenQuestions {
    private static final Pattern QUESTION = Pattern.compile(
            "(?<![\\p{L}\\p{N}_])(?:(?i:TBD|TBC|TBA|TODO|FIXME)|XXX)(?![\\p{L}\\p{N}_])"
            + "|\\?{2,}"
            + "|(?i:\\bto be (?:determined|confirmed|decided|defined|announced|clarified|written|filled in)\\b)"
            + "|(?i:\\blorem ipsum\\b)"
            + "|\\[(?i:insert|add|fill in)\\b[^\\]\\n]{0,80}]");
    /** Lowercase pieces one of which every open question holds: fields without any are not parsed. */
    private static final String[] HINTS = {"tbd", "tbc", "tba", "todo", "fixme", "xxx", "??", "to be ", "lorem",
        "[insert", "[add", "[fill"};

    private OpenQuestions() {
    }

    static List<Finding> in(Report report) {
        List<Finding> out = new ArrayList<>();
        for (TextPlace place : TextPlaces.of(report)) {
            if (mayHold(place.text())) {
                find(place, out);
            }
        }
        return out;
    }

    static boolean mayHold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String hint : HINTS) {
            if (lower.contains(hint)) {
                return true;
            }
        }
        return false;
    }

    private static void find(TextPlace place, List<Finding> out) {
        String text = place.text();
        for (ProseText.Span span : ProseText.spans(place)) {
            Matcher m = QUESTION.matcher(text).region(span.start(), span.end()).useTransparentBounds(true);
            while (m.find()) {
                out.add(Finding.inText(CompletenessChecker.RULE, CompletenessChecker.SEVERITY, place.path(), text,
                        m.start(), m.end(), "\u201c" + m.group() + "\u201d is an open question in a report marked final: "
                                + "answer it, or set the report back to draft or in review", List.of()));
            }
        }
    }
}
