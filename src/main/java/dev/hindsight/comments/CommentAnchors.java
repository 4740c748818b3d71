package dev.hindsight.comments;

import dev.hindsight.compare.Paths;
import dev.hindsight.compare.Places;
import dev.hindsight.compare.Similarity;
import dev.hindsight.model.Comment;
import dev.hindsight.model.Report;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a comment's place again after edits, from what it records: the path of the field, row
 * or item and the words it is about ({@code quote}).
 * <ul>
 * <li>On words of a field: the first place those words are in the field at the path; if they
 * are not there and the field belongs to a row (a timeline row, an action item), the same field
 * of the other rows, nearest first (the row moved); else it is detached.</li>
 * <li>On a row or item: its quote is the row's words (a timeline row's text, an action item's
 * title, a contributing factor's description). The row at the path holding those words, else
 * another row holding them (moved), else the row at the path if its words are still alike,
 * else the most alike other row; alike means {@link #ALIKE} or more ({@link Similarity}).</li>
 * <li>On a whole field or value (no quote): attached while the place exists.</li>
 * </ul>
 * A comment is never dropped: one whose words are gone is {@link Anchor.State#DETACHED}.
 */
public final class CommentAnchors {
    static final double ALIKE = 0.6;

    /** The field that holds a row's words, by list. */
    private static final Map<String, String> ROW_WORDS = Map.of("timeline", "text", "measures.actionItems", "title",
            "contributingFactors", "description");

    private CommentAnchors() {
    }

    public static Anchor locate(Report report, Comment comment) {
        String path = comment.path();
        String quote = comment.quote();
        Optional<Paths.RowPlace> row = Paths.row(path);
        boolean isRow = row.isPresent() && row.get().rest().isEmpty();
        if (isRow) {
            return row(report, row.get(), quote);
        }
        Optional<String> text = Places.text(report, path);
        if (quote.isEmpty()) {
            return Places.get(report, path).isPresent() ? new Anchor(Anchor.State.ATTACHED, path, -1, -1)
                    : Anchor.detached(path);
        }
        if (text.isPresent() && text.get().contains(quote)) {
            int at = text.get().indexOf(quote);
            return new Anchor(Anchor.State.ATTACHED, path, at, at + quote.length());
        }
        if (row.isPresent()) {
            for (String other : nearest(report, row.get())) {
                Optional<String> t = Places.text(report, other);
                if (t.isPresent() && t.get().contains(quote)) {
                    int at = t.get().indexOf(quote);
                    return new Anchor(Anchor.State.MOVED, other, at, at + quote.length());
                }
            }
        }
        return Anchor.detached(path);
    }

    /** The words of the row at a row path, the quote a comment on that row records. */
    public static Optional<String> rowWords(Report report, String rowPath) {
        return Paths.row(rowPath).filter(p -> p.rest().isEmpty() && ROW_WORDS.containsKey(p.list()))
                .flatMap(p -> Places.text(report, Paths.member(rowPath, ROW_WORDS.get(p.list()))));
    }

    private static Anchor row(Report report, Paths.RowPlace place, String quote) {
        String path = place.path();
        int size = Places.size(report, place.list());
        if (quote.isEmpty() || !ROW_WORDS.containsKey(place.list())) {
            return place.index() < size ? new Anchor(Anchor.State.ATTACHED, path, -1, -1) : Anchor.detached(path);
        }
        List<String> others = nearest(report, place);
        if (rowWords(report, path).filter(w -> w.contains(quote)).isPresent()) {
            return new Anchor(Anchor.State.ATTACHED, path, -1, -1);
        }
        for (String other : others) {
            if (rowWords(report, other).filter(w -> w.contains(quote)).isPresent()) {
                return new Anchor(Anchor.State.MOVED, other, -1, -1);
            }
        }
        if (rowWords(report, path).filter(w -> Similarity.text(w, quote) >= ALIKE).isPresent()) {
            return new Anchor(Anchor.State.ATTACHED, path, -1, -1);
        }
        String best = null;
        double bestScore = ALIKE;
        for (String other : others) {
            double s = rowWords(report, other).map(w -> Similarity.text(w, quote)).orElse(0.0);
            if (s >= bestScore && (best == null || s > bestScore)) {
                best = other;
                bestScore = s;
            }
        }
        return best == null ? Anchor.detached(path) : new Anchor(Anchor.State.MOVED, best, -1, -1);
    }

    private static List<String> nearest(Report report, Paths.RowPlace place) {
        return Places.inOtherRows(report, place);
    }
}
