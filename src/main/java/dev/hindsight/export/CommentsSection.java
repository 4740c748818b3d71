package dev.hindsight.export;

import dev.hindsight.comments.Anchor;
import dev.hindsight.comments.CommentAnchors;
import dev.hindsight.model.Comment;
import dev.hindsight.model.CommentReply;
import dev.hindsight.model.Report;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The review comments as a Markdown section body, which both exports render (only when asked:
 * {@link ExportOptions#comments()}): each comment with its author, time, state, the words it is
 * about and where, its text and its replies. Comments are plain text: nothing in them is
 * taken as Markdown.
 */
final class CommentsSection {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private CommentsSection() {
    }

    /** Whether the export has a comments section: asked for, and the report has comments. */
    static boolean shown(Report report, ExportOptions options) {
        return options.comments() && !report.comments().isEmpty();
    }

    static String markdown(Report report) {
        ZoneId zone = report.zone();
        StringBuilder out = new StringBuilder();
        for (Comment c : report.comments()) {
            Anchor anchor = CommentAnchors.locate(report, c);
            out.append("- **").append(MarkdownProse.plain(who(c.author()))).append("**")
                    .append(time(c.createdAt(), zone)).append(" \u00b7 ").append(c.resolved() ? "resolved" : "open")
                    .append(" \u00b7 ").append(MarkdownProse.plain(where(c, anchor))).append("\n\n");
            out.append("  ").append(MarkdownProse.plain(c.text())).append("\n\n");
            for (CommentReply r : c.replies()) {
                out.append("  - **").append(MarkdownProse.plain(who(r.author()))).append("**")
                        .append(time(r.createdAt(), zone)).append(": ").append(MarkdownProse.plain(r.text()))
                        .append("\n\n");
            }
        }
        return out.toString().strip();
    }

    private static String who(String author) {
        return author.isBlank() ? "Someone" : author.strip();
    }

    private static String where(Comment c, Anchor anchor) {
        String quote = c.quote().isEmpty() ? "" : "on \u201c" + c.quote() + "\u201d ";
        return anchor.isDetached() ? quote + "(no longer in " + c.path() + ")" : quote + "in " + anchor.path();
    }

    private static String time(Instant at, ZoneId zone) {
        return at == null ? "" : " \u00b7 " + TIME.format(at.atZone(zone)) + " " + zone.getId();
    }
}
