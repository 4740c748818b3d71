package dev.hindsight.input.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A masthead's facts line before the first section: the incident id, severity, status and
 * confidentiality of Hindsight's own exports and of others, or a byline of names and a date.
 */
final class FactsLine {
    /** " · ", " | ", " • ": what separates facts written on one line. */
    static final Pattern FACTS_LINE = Pattern.compile("\\h+[\u00B7|\u2022]\\h+");
    private static final Pattern ID = Pattern.compile("#?[A-Za-z]*-?\\d[\\w-]*");

    private final Draft d;
    private boolean factsSeen;

    FactsLine(Draft d) {
        this.d = d;
    }

    /**
     * "Postmortem **INC-1** · **SEV1** · Final · Internal" (Hindsight's Markdown export), "POSTMORTEM ·
     * INC-1   SEV1   FINAL" (its HTML and Word), "The DevOps Team · 10 June 2024" (a byline): facts
     * separated by dots or wide spaces.
     */
    boolean read(String line) {
        List<String> parts = new ArrayList<>();
        // Word and HTML mastheads bold runs across the dots ("**POSTMORTEM · INC-1** **SEV1**"): read without emphasis.
        for (String part : FACTS_LINE.split(line.replaceAll("\\*\\*|__", ""))) {
            for (String wide : TextLines.plain(part).split("\\h{2,}")) {
                parts.addAll(codes(TextLines.plain(wide)));
            }
        }
        // A masthead may spread its facts over lines ("POSTMORTEM", then "FINAL"): one code alone counts after one.
        boolean alone = parts.size() == 1 && (isPostmortem(parts.get(0)) && parts.get(0).matches("(?i)\\S+")
                || factsSeen && isCode(parts.get(0)));
        if (parts.size() < 2 && !alone) {
            return false;
        }
        boolean known = false;
        for (int i = 0; i < parts.size(); i++) {
            known |= i == 0 && isPostmortem(parts.get(i)) || isCode(parts.get(i));
        }
        java.time.LocalDate date = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String p = TextLines.plain(parts.get(i));
            if (i == 0 && isPostmortem(p)) {
                String id = TextLines.plain(p.replaceFirst("(?i)^(post[- ]?mortem|incident)\\h*", ""));
                if (!id.isEmpty() && d.incidentId.isEmpty()) {
                    d.incidentId = id;
                }
            } else if (isSeverity(p)) {
                d.severity = Codes.severity(p).get();
            } else if (Codes.reportStatus(p).isPresent()) {
                d.status = Codes.reportStatus(p).get();
            } else if (known && d.incidentId.isEmpty() && ID.matcher(p).matches() && !p.matches("\\d{4}-\\d.*")) {
                d.incidentId = p.replaceFirst("^#", "");
            } else if (LooseTimes.firstDate(p).isPresent() && p.length() <= 30) {
                date = LooseTimes.firstDate(p).get();
            } else {
                rest.add(p);
            }
        }
        if (!known && date != null && !rest.isEmpty() && rest.stream().allMatch(r -> r.split("\\h+").length <= 8)) {
            // A byline: names, then the date.
            rest.forEach(r -> Facts.apply(Field.AUTHORS, "By", r, d, "preamble"));
            if (d.date == null) {
                d.date = date;
            }
            return true;
        }
        if (!known) {
            return false;
        }
        factsSeen = true;
        if (rest.size() == 1 && d.confidentiality.isEmpty() && rest.get(0).length() <= 60) {
            d.confidentiality = rest.get(0);
        } else {
            rest.forEach(r -> d.otherDetails.add(r));
        }
        return true;
    }

    /**
     * A part of a facts line as its codes when every word is one ("INC-7 SEV1 FINAL", "SEV2 In
     * review": runs a Word or HTML masthead separates by single spaces), else the part whole.
     */
    private static List<String> codes(String part) {
        String[] words = part.split("\\h+");
        List<String> out = new ArrayList<>();
        boolean code = false;
        for (int i = 0; i < words.length; i++) {
            String two = i + 1 < words.length ? words[i] + " " + words[i + 1] : null;
            if (isCode(words[i]) || i == 0 && isPostmortem(words[i])) {
                out.add(words[i]);
                code = true;
            } else if (two != null && isCode(two)) {
                out.add(two);
                code = true;
                i++;
            } else if (ID.matcher(words[i]).matches()) {
                out.add(words[i]);
            } else {
                return List.of(part);
            }
        }
        return code ? out : List.of(part);
    }

    private static boolean isPostmortem(String p) {
        return p.matches("(?i)(post[- ]?mortem|incident)( .*)?");
    }

    private static boolean isSeverity(String p) {
        return Codes.severity(p).isPresent() && p.matches("(?i)(sev|s)\\h*-?\\d.*");
    }

    private static boolean isCode(String p) {
        return isSeverity(p) || Codes.reportStatus(p).isPresent();
    }
}
