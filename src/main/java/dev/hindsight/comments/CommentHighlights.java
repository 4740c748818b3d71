package dev.hindsight.comments;

import dev.hindsight.model.Comment;
import dev.hindsight.model.Report;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a text field's editor highlights for review comments: for a report and the path of one
 * field ({@code rootCause}, {@code timeline[3].text}), the words of each comment found in that
 * field now ({@link CommentAnchors}), as UTF-16 offsets into the field's text. A comment whose
 * words moved to another row is highlighted where they are now; a detached one, or one about a
 * whole field or row, has no words to highlight.
 */
public final class CommentHighlights {
    private CommentHighlights() {
    }

    /** How a highlight looks: an open comment, or one resolved (shown faintly, if at all). */
    public enum Kind {
        COMMENT, RESOLVED_COMMENT
    }

    /** The words {@code [start, end)} of a comment's field that comment {@code commentId} is about. */
    public record Highlight(int start, int end, Kind kind, String commentId) {
        public Highlight {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(commentId, "commentId");
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("a highlight is " + start + ".." + end);
            }
        }
    }

    /** The open comments' words in the field at {@code fieldPath}, by where they start. */
    public static List<Highlight> of(Report report, String fieldPath) {
        return of(report, fieldPath, false);
    }

    /**
     * The comments' words in the field at {@code fieldPath}, by where they start (then by where
     * they end); resolved ones too when {@code withResolved}. Ranges of two comments may overlap.
     */
    public static List<Highlight> of(Report report, String fieldPath, boolean withResolved) {
        List<Highlight> out = new ArrayList<>();
        for (Comment c : report.comments()) {
            if (c.resolved() && !withResolved) {
                continue;
            }
            Anchor anchor = CommentAnchors.locate(report, c);
            if (!anchor.isDetached() && anchor.isAboutWords() && anchor.path().equals(fieldPath)) {
                out.add(new Highlight(anchor.start(), anchor.end(), c.resolved() ? Kind.RESOLVED_COMMENT
                        : Kind.COMMENT, c.id()));
            }
        }
        out.sort(Comparator.comparingInt(Highlight::start).thenComparingInt(Highlight::end));
        return out;
    }
}
