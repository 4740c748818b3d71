package dev.hindsight.input.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads each part of a document into the draft by where it goes: facts and the title from the
 * text before the first section, labelled facts from the summary, action items from tables and
 * lists, prose into its section (under its own heading when the section already has text or the
 * heading is not the section's name), and the rest into the closing remarks, said so.
 */
final class PartReader {
    private static final Pattern BY_LINE = Pattern.compile("(?i)^(?:by|written by|authors?:?)\\h+(.{1,160})$");
    private static final Pattern CHROME = Pattern.compile("(?i)^(?:\\d+\\h*min(?:ute)?s?\\h+read.*|.*\u00B7\\h*\\d+\\h*min"
            + "(?:ute)?s?\\h+read.*|listen|share|follow|following|sign in|sign up|get started|open in app|write|"
            + "member-only story|top highlight|responses?(?: \\(\\d+\\))?|\\d{1,6}|--|published in .{1,80}|"
            + "(?:posted|updated|published) (?:on )?.{3,40}|\\d+\\h*(?:claps?|likes?|comments?)|more from .{1,80}|"
            + "press enter or click to view image in full size|home|blog|menu|skip to (?:main )?content|"
            + "table of contents|contents|advertisement)$");
    private static final Pattern IMAGE = ImageReference.PATTERN;
    private static final Pattern PLACEHOLDER = Pattern.compile("^_?(Not written yet\\.|None yet\\.)_?$");

    private final Draft d;
    private final SectionNames names = SectionNames.get();
    private final List<ImageReference> images;
    private final FactsLine factsLine;

    PartReader(Draft d, List<ImageReference> images) {
        this.d = d;
        this.images = images;
        this.factsLine = new FactsLine(d);
    }

    void read(Part part) {
        collectImages(part);
        switch (part.target) {
            case PREAMBLE: preamble(part); break;
            case SUMMARY: summary(part); break;
            case IMPACT: impact(part); break;
            case TIMELINE: timeline(part); break;
            case ACTION_ITEMS: ActionItemsPart.read(d, part); break;
            case FIELDS: fields(part); break;
            case KEPT: case UNKNOWN: kept(part); break;
            default: prose(part, part.target); break;
        }
    }

    private void collectImages(Part part) {
        for (String line : part.lines()) {
            var m = IMAGE.matcher(line);
            while (m.find()) {
                images.add(new ImageReference(m.group(2), m.group(1)));
            }
        }
    }

    private void preamble(Part part) {
        List<String> kept = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> bylines = new ArrayList<>();
        for (String line : part.lines()) {
            if (isAuthorLine(line.strip())) {
                bylines.add(line.strip().substring(0, line.strip().indexOf('\u00B7')).strip());
            }
        }
        for (Block b : part.body) {
            if (b instanceof Block.Table table) {
                if (!Facts.table(table, d, part.shown())) {
                    kept.addAll(Part.pipeTable(table));
                }
                continue;
            }
            Block.Line line = (Block.Line) b;
            String s = line.text().strip();
            if (line.code()) {
                kept.add(line.text());
            } else if (s.isEmpty()) {
                kept.add("");
            } else if (d.title.isEmpty() && Facts.looksLikeTitle(s)) {
                d.title = Facts.title(s, d);
            } else if (CHROME.matcher(s).matches() || isAuthorLine(s)) {
                skipped.add(s);
            } else if (fact(s)) {
                continue;
            } else if (factsLine.read(s) || byLine(s)) {
                continue;
            } else if (bylines.contains(s)) {
                // The author's name a blog shows above "Name · Follow": the report's author.
                if (d.authors.isEmpty()) {
                    d.authors.add(s);
                }
            } else if (d.title.isEmpty() && kept.stream().allMatch(String::isBlank) && s.length() <= 150
                    && !TextLines.isListItem(s)) {
                d.title = Facts.title(s, d);
            } else {
                kept.add(line.text());
            }
        }
        if (!skipped.isEmpty()) {
            d.notes.add("skipped " + skipped.size() + (skipped.size() == 1 ? " line" : " lines")
                    + " of a web page's header (author line, reading time): " + String.join(" | ", skipped.stream()
                    .map(Facts::shorten).limit(6).toList()) + (skipped.size() > 6 ? " \u2026" : ""));
            d.place("Web page header (" + skipped.size() + (skipped.size() == 1 ? " line)" : " lines)"), "skipped");
        }
        String text = TextLines.text(kept);
        if (!text.isBlank()) {
            d.append(Target.CLOSING, "Introduction", text);
            d.place("Text before the first section", Target.CLOSING.shown() + " (\u201CIntroduction\u201D)");
        }
    }

    /** A {@code Label: value} fact line, or several on one line ("Severity: S3 · Status: Draft"); true when it was. */
    private boolean fact(String line) {
        String[] several = FactsLine.FACTS_LINE.split(line);
        if (several.length > 1) {
            List<TextLines.Label> labels = new ArrayList<>();
            for (String part : several) {
                TextLines.Label label = TextLines.label(part, false);
                if (label == null || Facts.field(label.label()).isEmpty()) {
                    labels.clear();
                    break;
                }
                labels.add(label);
            }
            labels.forEach(l -> Facts.apply(Facts.field(l.label()).get(), l.label(), l.value(), d, "preamble"));
            if (!labels.isEmpty()) {
                return true;
            }
        }
        TextLines.Label label = TextLines.label(line, true);
        if (label == null) {
            return false;
        }
        Optional<Field> field = Facts.field(label.label());
        if (field.isEmpty()) {
            return false;
        }
        Facts.apply(field.get(), label.label(), label.value(), d, "preamble");
        return true;
    }

    private boolean byLine(String line) {
        var m = BY_LINE.matcher(TextLines.plain(line));
        if (!m.matches() || m.group(1).split("\\h+").length > 12 || m.group(1).endsWith(".")) {
            return false;
        }
        Facts.apply(Field.AUTHORS, "By", m.group(1), d, "preamble");
        return true;
    }

    /** "Jane Doe · Follow", "Jane Doe · 5 min read · Jun 10, 2024": a blog's byline. */
    private static boolean isAuthorLine(String line) {
        return line.matches("(?i).{1,60}\u00B7\\h*(follow|following|\\d+\\h*min read.*)$");
    }

    private void summary(Part part) {
        List<String> prose = new ArrayList<>();
        List<String> value = null;
        Field field = null;
        String label = null;
        for (Block b : part.body) {
            if (b instanceof Block.Table table) {
                if (!Facts.table(table, d, part.shown())) {
                    prose.addAll(Part.pipeTable(table));
                }
                continue;
            }
            String text = ((Block.Line) b).text();
            TextLines.Label l = ((Block.Line) b).code() ? null : TextLines.label(text, true);
            Optional<Field> f = l == null ? Optional.empty() : Facts.field(l.label());
            if (f.isPresent() && part.byHeading) {
                flush(field, label, value);
                field = f.get();
                label = l.label();
                value = new ArrayList<>(List.of(l.value()));
            } else if (value != null && (text.isBlank() || text.startsWith(" ") || text.startsWith("\t")
                    || field == Field.IMPACT || field == Field.ROOT_CAUSE)) {
                value.add(text);
            } else {
                flush(field, label, value);
                field = null;
                value = null;
                prose.add(text);
            }
        }
        flush(field, label, value);
        String text = withoutPlaceholders(prose);
        if (!text.isBlank()) {
            Draft.appendTo(d.summaryProse, null, text);
        }
        d.place(part.shown(), Target.SUMMARY.shown() + " (window, impact, root cause, users affected)");
    }

    private void flush(Field field, String label, List<String> value) {
        if (field != null) {
            Facts.apply(field, label, TextLines.text(value), d, "summary");
        }
    }

    private void impact(Part part) {
        String text = withoutPlaceholders(lines(part));
        Draft.appendTo(d.impact, d.impact.length() > 0 || !names.isPrimary(part.heading) ? part.heading : null, text);
        d.place(part.shown(), Target.IMPACT.shown());
    }

    private void timeline(Part part) {
        d.timeline.add(part);
        d.place(part.shown(), Target.TIMELINE.shown());
    }

    private void fields(Part part) {
        List<String> rest = new ArrayList<>();
        for (Block b : part.body) {
            if (b instanceof Block.Table table) {
                if (!Facts.table(table, d, part.shown())) {
                    rest.addAll(Part.pipeTable(table));
                }
            } else if (!fact(((Block.Line) b).text())) {
                rest.add(((Block.Line) b).text());
            }
        }
        d.place(part.shown(), Target.FIELDS.shown());
        String text = withoutPlaceholders(rest);
        if (!text.isBlank()) {
            d.append(Target.CLOSING, part.heading, text);
            d.place(part.shown() + " (other text)", Target.KEPT.shown());
        }
    }

    private void kept(Part part) {
        String text = withoutPlaceholders(lines(part));
        if (text.isBlank()) {
            return;
        }
        d.append(Target.CLOSING, part.heading, text);
        d.place(part.shown(), part.target.shown());
        if (part.target == Target.UNKNOWN) {
            d.notes.add(part.shown() + " is not a section Hindsight knows: its text is kept in the Closing Remarks "
                    + "under its own heading");
        }
    }

    private void prose(Part part, Target target) {
        String text = withoutPlaceholders(lines(part));
        if (text.isBlank()) {
            return;
        }
        boolean own = !d.has(target) && names.isPrimary(part.heading) || Part.SIGN_OFF.equals(part.note);
        d.append(target, own ? null : part.heading, text);
        d.place(part.shown(), target.shown());
    }

    private static List<String> lines(Part part) {
        return List.of(part.markdown().split("\n", -1));
    }

    /** The lines without the placeholders of an empty section ("Not written yet."), as text. */
    static String withoutPlaceholders(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            if (!PLACEHOLDER.matcher(l.strip()).matches()) {
                out.add(l);
            }
        }
        return TextLines.text(out);
    }
}
