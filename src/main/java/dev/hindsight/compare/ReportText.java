package dev.hindsight.compare;

import dev.hindsight.format.ValueCodecs;
import dev.hindsight.model.ActionItem;
import dev.hindsight.model.ClockText;
import dev.hindsight.model.Code;
import dev.hindsight.model.Comment;
import dev.hindsight.model.CommentReply;
import dev.hindsight.model.ContributingFactor;
import dev.hindsight.model.Dismissal;
import dev.hindsight.model.Extras;
import dev.hindsight.model.MergeConflict;
import dev.hindsight.model.Picture;
import dev.hindsight.model.Report;
import dev.hindsight.model.Summary;
import dev.hindsight.model.TimelineEntry;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A report as plain text for {@code hindsight show}: what git shows through
 * {@code diff.hindsight.textconv}. Stable (the same report gives the same text on every machine,
 * times in the report's own zone), one line per row, item, tag or comment so that git's line
 * diff is meaningful, no positions that shift when a row is inserted, and prose line by line,
 * indented under its heading. Pictures appear as their name, size and hash, never their data.
 */
public final class ReportText {
    private final StringBuilder out = new StringBuilder();
    private final ZoneId zone;

    private ReportText(ZoneId zone) {
        this.zone = zone;
    }

    public static String of(Report r) {
        ReportText t = new ReportText(r.zone());
        t.header(r);
        t.summary(r.summary());
        t.heading("Timeline");
        r.timeline().forEach(t::entry);
        t.heading("Root Cause");
        t.prose(r.rootCause());
        t.heading("Resolution and Recovery");
        t.prose(r.resolution());
        t.heading("Corrective and Preventative Measures");
        t.field("Improvements", "");
        t.prose(r.measures().improvements());
        t.field("Action items", "");
        r.measures().actionItems().forEach(t::item);
        t.extras("  ", r.measures().extras());
        t.heading("Closing Remarks");
        t.prose(r.closingRemarks());
        t.version2(r);
        if (!r.extras().isEmpty()) {
            t.heading("Other Keys");
            t.extras("", r.extras());
        }
        return t.out.toString();
    }

    private void header(Report r) {
        field("Title", r.title());
        field("Incident", r.incidentId());
        field("Severity", code(r.severity()));
        field("Status", code(r.status()));
        field("Confidentiality", r.confidentiality());
        field("Authors", String.join("; ", r.authors()));
        field("Time zone", r.timeZone());
        field("Created", time(r.createdAt()));
        field("Updated", time(r.updatedAt()));
        if (!r.language().isEmpty()) {
            field("Language", r.language());
        }
    }

    private void summary(Summary s) {
        heading("Issue Summary");
        field("Started", time(s.startedAt()));
        field("Ended", time(s.endedAt()));
        field("Users affected", s.usersAffectedPercent() == null ? "" : s.usersAffectedPercent().toPlainString() + "%");
        field("Impact", "");
        prose(s.impact());
        field("Root cause in one sentence", "");
        prose(s.rootCause());
        extras("  ", s.extras());
    }

    private void entry(TimelineEntry e) {
        String when = e.at() == null ? "(time unknown)" : time(e.at());
        line(String.format(java.util.Locale.ROOT, "%-16s  %-13s  %s", when, e.kind().code(), oneLine(e.text())));
        extras("    ", e.extras());
    }

    private void item(ActionItem a) {
        StringBuilder facts = new StringBuilder();
        fact(facts, "type", code(a.type()));
        fact(facts, "priority", code(a.priority()));
        fact(facts, "status", code(a.status()));
        fact(facts, "owner", a.owner());
        fact(facts, "due", a.due() == null ? "" : a.due().toString());
        fact(facts, "link", a.link());
        line("  - " + oneLine(a.title()) + (facts.length() > 0 ? "  [" + facts + "]" : ""));
        if (!a.details().isEmpty()) {
            for (String l : Prose.lines(a.details())) {
                line("      " + l);
            }
        }
        extras("      ", a.extras());
    }

    private void version2(Report r) {
        var c = r.classification();
        if (!c.isEmpty()) {
            heading("Classification");
            list("Tags", c.tags());
            list("Affected services", c.affectedServices());
            list("Related incidents", c.relatedIncidents());
            field("Near miss", c.nearMiss() ? "yes" : "no");
            field("Contributing factors", "");
            for (ContributingFactor f : c.contributingFactors()) {
                line("  - " + f.category() + ": " + oneLine(f.description()));
                extras("      ", f.extras());
            }
        }
        if (!r.review().isEmpty()) {
            heading("Review");
            list("Checklist", r.review().checklist());
            field("Dismissed findings", "");
            for (Dismissal d : r.review().dismissed()) {
                line("  - " + d.rule() + " at " + d.path() + ": " + quoted(d.text()));
            }
        }
        if (!r.comments().isEmpty()) {
            heading("Comments");
            r.comments().forEach(this::comment);
        }
        if (!r.mergeConflicts().isEmpty()) {
            heading("Merge Conflicts");
            for (MergeConflict m : r.mergeConflicts()) {
                line("  - " + m.path() + (m.isAboutLines() ? " line " + m.line() : "") + ": base " + m.base().text()
                        + ", ours " + m.ours().text() + ", theirs " + m.theirs().text());
            }
        }
        if (!r.pictures().isEmpty()) {
            heading("Pictures");
            for (Picture p : r.pictures()) {
                line("  - " + p.name() + "  " + p.mediaType() + "  " + p.width() + "x" + p.height() + "  sha256 "
                        + p.sha256());
            }
        }
    }

    private void comment(Comment c) {
        String on = c.path() + (c.quote().isEmpty() ? "" : " " + quoted(c.quote()));
        line("  - [" + c.id() + "] " + c.author() + ", " + time(c.createdAt()) + (c.resolved() ? ", resolved" : "")
                + ", on " + on + ": " + oneLine(c.text()));
        for (CommentReply reply : c.replies()) {
            line("      reply by " + reply.author() + ", " + time(reply.createdAt()) + ": " + oneLine(reply.text()));
        }
        extras("      ", c.extras());
    }

    private void heading(String name) {
        out.append('\n').append("== ").append(name).append(" ==").append('\n');
    }

    private void field(String name, String value) {
        line(value.isEmpty() ? name + ":" : name + ": " + oneLine(value));
    }

    private void list(String name, List<String> values) {
        field(name, String.join(", ", values));
    }

    private void prose(String text) {
        if (text.isEmpty()) {
            return;
        }
        for (String l : Prose.lines(text)) {
            line(l.isEmpty() ? "" : "  " + l);
        }
    }

    private void extras(String indent, Extras extras) {
        for (Map.Entry<String, Object> e : extras.members().entrySet()) {
            line(indent + "(" + e.getKey() + ": " + ValueCodecs.UNKNOWN.write(e.getValue()).text() + ")");
        }
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    private static void fact(StringBuilder facts, String name, String value) {
        if (!value.isEmpty()) {
            facts.append(facts.length() > 0 ? ", " : "").append(name).append(' ').append(value);
        }
    }

    private String time(Instant at) {
        return at == null ? "" : ClockText.dateTime(at.atZone(zone));
    }

    private static String code(Code c) {
        return c == null ? "" : c.code();
    }

    private static String quoted(String text) {
        return "\"" + oneLine(text) + "\"";
    }

    /** Text that must stay on one line: its line breaks shown as ⏎. */
    private static String oneLine(String text) {
        return text.replace("\r\n", " ⏎ ").replace("\n", " ⏎ ").replace("\r", " ⏎ ");
    }
}
