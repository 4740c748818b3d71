package dev.hindsight.input.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cuts a document's blocks into parts by the headings people use, in any order: {@code #}
 * headings, underlined ones, bold lines and plain lines alone, and {@code Label: value} lines
 * whose label names a section ("Root Causes: ..."). The first heading that names no section is
 * the title. A heading that names no section starts a part of its own (kept in the closing
 * remarks), unless it sits below the heading of the part it is in.
 */
final class SectionReader {
    private static final java.util.regex.Pattern SIGN_OFF = java.util.regex.Pattern.compile(
            "(?i)(sincerely|yours sincerely|kind regards|best regards|regards|best|cheers|thanks|thank you),?");

    private final SectionNames names = SectionNames.get();
    private final List<Part> parts = new ArrayList<>();
    private Part current = new Part(List.of(Target.PREAMBLE), null, 0, false, "");
    private String title;
    private boolean sectionSeen;

    /** The parts and the title heading (null when the document has no heading that is not a section's). */
    record Cut(List<Part> parts, String title) {
    }

    static Cut cut(List<Block> blocks) {
        SectionReader r = new SectionReader();
        r.parts.add(r.current);
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) {
                r.heading(h);
            } else if (b instanceof Block.Line line) {
                r.line(line);
            } else {
                r.current.body.add(b);
            }
        }
        return new Cut(List.copyOf(r.parts), r.title);
    }

    private void heading(Block.Heading h) {
        if (h.text().isBlank()) {
            return;
        }
        Optional<SectionNames.Match> match = names.section(h.text());
        if (match.isEmpty() && title == null && !sectionSeen && current.target == Target.PREAMBLE) {
            title = h.text();
            return;
        }
        if (match.isPresent()) {
            start(new Part(match.get().targets(), h.text(), h.level(), true, match.get().note()));
        } else if (current.target != Target.PREAMBLE && h.level() > current.level) {
            int level = Math.min(6, 3 + h.level() - current.level - 1);
            current.body.add(new Block.Line(""));
            current.body.add(new Block.Line("#".repeat(level) + " " + h.text()));
            current.body.add(new Block.Line(""));
        } else {
            start(new Part(List.of(Target.UNKNOWN), h.text(), h.level(), true, ""));
        }
    }

    private void line(Block.Line line) {
        if (line.code()) {
            current.body.add(line);
            return;
        }
        String text = line.text();
        boolean factsFirst = current.target == Target.FIELDS || current.target == Target.SUMMARY && current.byHeading;
        boolean inList = current.target == Target.PREAMBLE || current.target == Target.SUMMARY
                || current.target == Target.FIELDS;
        TextLines.Label label = TextLines.label(text, inList);
        if (label != null && factsFirst && Facts.field(label.label()).isPresent()) {
            current.body.add(line);
            return;
        }
        if (label != null && !isActionCount(label)) {
            Optional<SectionNames.Match> match = names.section(label.label());
            if (match.isPresent()) {
                start(new Part(match.get().targets(), label.label(), current.level, label.value().isEmpty(),
                        match.get().note()));
                if (!label.value().isEmpty()) {
                    current.body.add(new Block.Line(label.value()));
                }
                return;
            }
        }
        String heading = label == null ? TextLines.headingText(text) : null;
        if (heading != null && SIGN_OFF.matcher(heading).matches() && current.target != Target.PREAMBLE) {
            // "Sincerely," ends a letter-like report: it and what follows are the closing remarks, as written.
            start(new Part(List.of(Target.CLOSING), heading, current.level, true, Part.SIGN_OFF));
            current.body.add(line);
            return;
        }
        if (heading != null) {
            Optional<SectionNames.Match> match = names.section(heading);
            if (match.isPresent()) {
                start(new Part(match.get().targets(), heading, current.level, true, match.get().note()));
                return;
            }
        }
        current.body.add(line);
    }

    /** "Action items: 4 open · 1 done" is the export's count, not the start of the action items. */
    private static boolean isActionCount(TextLines.Label label) {
        return label.value().matches("(?i)(none yet|\\d+ (open|in progress|done|won't do)\\b.*)");
    }

    private void start(Part next) {
        sectionSeen = true;
        current = next;
        parts.add(next);
    }
}
