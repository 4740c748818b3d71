package dev.hindsight.ui.writing;

import dev.hindsight.comments.Anchor;
import dev.hindsight.comments.CommentAnchors;
import dev.hindsight.comments.CommentHighlights;
import dev.hindsight.model.Comment;
import dev.hindsight.model.Report;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.value.ObservableValue;

/**
 * The words of the open review comments, highlighted in the prose fields as the report changes:
 * {@link CommentHighlights} says where each comment's words are now, {@link ProseMarks} draws
 * them (kind {@code comment}). Resolved and detached comments are not highlighted.
 */
public final class CommentMarks {
    /** The highlights' source in {@link ProseMarks}. */
    static final String SOURCE = "comments";

    private CommentMarks() {
    }

    /** Highlights the comments of {@code report} in {@code marks} now and after every change. */
    public static void follow(ObservableValue<Report> report, ProseMarks marks) {
        report.addListener((o, before, now) -> {
            // Edits around a comment's words move them: recompute whenever either report has comments.
            if (now != null && (!now.comments().isEmpty() || before != null && !before.comments().isEmpty())) {
                marks.showHighlights(SOURCE, byField(now));
            }
        });
        if (report.getValue() != null) {
            marks.showHighlights(SOURCE, byField(report.getValue()));
        }
    }

    /** The open comments' words of {@code report}, by the path of their field. */
    static Map<String, List<Highlight>> byField(Report report) {
        Set<String> paths = new LinkedHashSet<>();
        for (Comment c : report.comments()) {
            if (!c.resolved()) {
                Anchor anchor = CommentAnchors.locate(report, c);
                if (!anchor.isDetached() && anchor.isAboutWords()) {
                    paths.add(anchor.path());
                }
            }
        }
        Map<String, List<Highlight>> out = new LinkedHashMap<>();
        for (String path : paths) {
            out.put(path, CommentHighlights.of(report, path).stream()
                    .map(h -> new Highlight(h.start(), h.end(), "comment")).toList());
        }
        return out;
    }
}
