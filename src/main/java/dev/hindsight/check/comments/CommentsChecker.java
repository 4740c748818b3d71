package dev.hindsight.check.comments;

import dev.hindsight.check.Checker;
import dev.hindsight.check.Finding;
import dev.hindsight.check.FindingSeverity;
import dev.hindsight.model.Comment;
import dev.hindsight.model.Report;
import dev.hindsight.model.TextPlaces;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code comments} rule: each review comment not yet resolved, at the place it is about, with
 * the words it quotes (and their offsets when the field still holds them; the first place if twice). Off unless chosen ({@code --only comments}) or turned on in a team's
 * {@code check.json}: comments are a conversation about the report, and a team decides whether an
 * open one should keep a report from going out. Severity info.
 */
public final class CommentsChecker implements Checker {
    public static final String RULE = "comments";
    private static final int SHOWN = 80;

    @Override
    public String rule() {
        return RULE;
    }

    @Override
    public List<Finding> check(Report report) {
        List<Finding> out = new ArrayList<>();
        for (Comment c : report.comments()) {
            if (c.resolved()) {
                continue;
            }
            String who = c.author().isBlank() ? "A comment" : "A comment by " + c.author().strip();
            String message = who + " is not resolved: \u201c" + shorten(c.text()) + "\u201d"
                    + (c.replies().isEmpty() ? "" : " (" + c.replies().size()
                    + (c.replies().size() == 1 ? " reply" : " replies") + ")")
                    + "; answer it and mark it resolved";
            String path = c.path().isEmpty() ? "comments" : c.path();
            int at = c.quote().isEmpty() ? -1 : TextPlaces.at(report, path).map(p -> p.text().indexOf(c.quote())).orElse(-1);
            out.add(at < 0 ? new Finding(RULE, FindingSeverity.INFO, path, c.quote(), -1, -1, message, List.of())
                    : new Finding(RULE, FindingSeverity.INFO, path, c.quote(), at, at + c.quote().length(), message,
                            List.of()));
        }
        return out;
    }

    private static String shorten(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() > SHOWN ? t.substring(0, SHOWN - 1).strip() + "\u2026" : t;
    }
}
