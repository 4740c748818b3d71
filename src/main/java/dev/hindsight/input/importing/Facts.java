package dev.hindsight.input.importing;

import dev.hindsight.input.PercentParser;
import dev.hindsight.input.ParseResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts of a report written as {@code Label: value} lines or key/value table rows (severity,
 * status, incident id, date, authors, owner, the outage window, the share of users), applied to
 * the draft. A value that cannot be read is kept under "Other details" and the import says so.
 */
final class Facts {
    /** A value that says there is none: the export's dash, "not set", "n/a", "TBD". */
    private static final Pattern NONE = Pattern.compile("(?i)[-\u2013\u2014?]+|n/?a|none|not set|not known|unknown|tbd|tba|\\?");
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(?:[.,]\\d{1,4})?)\\h*%?");
    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\h*(?:[,;]|\\band\\b|&)\\h*");
    private static final Pattern INCIDENT_IN_TITLE = Pattern.compile("(?i)\\h*\\((?:incident|inc)\\h*#?\\h*([\\w-]+)\\)\\h*$");
    private static final Pattern TITLE_PREFIX = Pattern.compile(
            "(?i)^(?:incident\\h+)?(?:post[- ]?mortem|post[- ]incident review|incident report|incident review|pir|rca)"
                    + "(?:\\h+report)?\\h*(?::|\u2014|\u2013|-|for|on)\\h*");

    private Facts() {
    }

    /** Whether a label names a fact ("Sev", "Owner"). */
    static Optional<Field> field(String label) {
        return SectionNames.get().field(label);
    }

    /** Applies one fact; false when the value could not be read (then it is kept under Other details). */
    static void apply(Field field, String label, String rawValue, Draft d, String from) {
        String value = TextLines.plain(rawValue.strip());
        if (field == Field.USERS) {
            d.usersStated = true;
        }
        if ((value.isEmpty() || NONE.matcher(value).matches()) && field != Field.IMPACT && field != Field.ROOT_CAUSE) {
            return;
        }
        boolean read = true;
        switch (field) {
            case TITLE:
                if (d.title.isEmpty()) {
                    d.title = value;
                }
                break;
            case INCIDENT_ID:
                if (value.contains(" ") && !value.matches(".*\\d.*")) {
                    read = false;
                } else if (d.incidentId.isEmpty()) {
                    d.incidentId = value.replaceFirst("^#", "");
                }
                break;
            case SEVERITY:
                read = Codes.severity(value).map(s -> d.severity = s).isPresent();
                break;
            case STATUS:
                read = Codes.reportStatus(value).map(s -> d.status = s).isPresent();
                break;
            case DATE:
                read = LooseTimes.firstDate(value).map(x -> d.date = x).isPresent();
                if (read && value.matches(".*\\d:\\d\\d.*")) {
                    d.windows.add(value);
                }
                break;
            case AUTHORS:
                for (String a : AUTHOR_SEPARATOR.split(value)) {
                    if (!a.isBlank() && !d.authors.contains(a.strip())) {
                        d.authors.add(a.strip());
                    }
                }
                break;
            case CONFIDENTIALITY:
                d.confidentiality = value;
                break;
            case WINDOW:
                read = value.matches(".*\\d:\\d\\d.*|.*\\d\\h*[aApP]\\.?[mM]\\b.*");
                if (read) {
                    d.windows.add(value);
                } else if (value.matches("(?i)[\\d\\h.,]+\\h*(s|sec|min|mins|minutes|h|hrs?|hours?|d|days?)\\b.*")) {
                    return; // a duration: Hindsight computes it from the window
                }
                break;
            case START:
                d.start = value;
                break;
            case END:
                d.end = value;
                break;
            case USERS:
                read = users(value).map(u -> d.users = u).isPresent();
                break;
            case TIME_ZONE:
                read = LooseTimes.zone(value).map(z -> d.zone = z).isPresent();
                break;
            case IMPACT:
                Draft.appendTo(d.impact, null, rawValue);
                return;
            case ROOT_CAUSE:
                Draft.appendTo(d.summaryRootCause, null, rawValue);
                return;
            case DERIVED:
            default:
                return;
        }
        if (!read) {
            d.otherDetails.add(label + ": " + rawValue.strip());
            d.notes.add("\u201C" + label + ": " + shorten(rawValue) + "\u201D could not be read as "
                    + describe(field) + ": kept under Other details in the Closing Remarks");
        }
    }

    private static String describe(Field field) {
        switch (field) {
            case SEVERITY: return "a severity (SEV1 to SEV5)";
            case STATUS: return "a report status (draft, in review, final)";
            case DATE: return "a date";
            case WINDOW: return "an outage window (a start and an end time)";
            case USERS: return "a share of users (0 to 100 %)";
            case TIME_ZONE: return "a time zone";
            case INCIDENT_ID: return "an incident id";
            default: return "a fact";
        }
    }

    static String shorten(String text) {
        String s = text.strip().replaceAll("\\s+", " ");
        return s.length() <= 60 ? s : s.substring(0, 57) + "\u2026";
    }

    private static Optional<BigDecimal> users(String value) {
        Matcher m = NUMBER.matcher(value);
        if (!m.find()) {
            return Optional.empty();
        }
        ParseResult<BigDecimal> p = PercentParser.parse(m.group(1));
        return p.isOk() && p.value() != null ? Optional.of(p.value()) : Optional.empty();
    }

    /** A title as written, without "Postmortem:" before it; an incident number in it ("(incident #465)") read. */
    static String title(String heading, Draft d) {
        String t = TextLines.plain(heading.strip());
        Matcher id = INCIDENT_IN_TITLE.matcher(t);
        if (id.find()) {
            if (d.incidentId.isEmpty()) {
                d.incidentId = id.group(1);
            }
            t = t.substring(0, id.start()).strip();
        }
        Matcher prefix = TITLE_PREFIX.matcher(t);
        if (prefix.find() && prefix.end() < t.length()) {
            t = t.substring(prefix.end()).strip();
        }
        return t;
    }

    /** Whether a line starts like a title people write ("Postmortem: ...", "Incident report — ..."). */
    static boolean looksLikeTitle(String line) {
        Matcher prefix = TITLE_PREFIX.matcher(TextLines.plain(line.strip()));
        return prefix.find() && prefix.end() < line.strip().length();
    }

    /** Reads a key/value table (two columns, facts in the first); false when it is not one. */
    static boolean table(Block.Table table, Draft d, String from) {
        List<List<String>> rows = table.rows();
        long facts = rows.stream().filter(r -> r.size() >= 2 && field(TextLines.plain(r.get(0))).isPresent()).count();
        if (rows.stream().anyMatch(r -> r.size() > 2 && !r.subList(2, r.size()).stream().allMatch(String::isBlank))
                || facts == 0 || facts * 2 < rows.size() - 1) {
            return false;
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() < 2 || r == 0 && table.headed() && field(TextLines.plain(row.get(0))).isEmpty()) {
                continue;
            }
            String label = TextLines.plain(row.get(0));
            String value = row.get(1).replaceAll("(?i)<br\\h*/?>", "\n");
            Optional<Field> f = field(label);
            if (f.isPresent()) {
                apply(f.get(), label, value, d, from);
            } else if (!label.isBlank() || !value.isBlank()) {
                d.otherDetails.add(label + ": " + value.strip());
            }
        }
        return true;
    }
}
