package dev.hindsight.ui.review;

import dev.hindsight.comments.Anchor;
import dev.hindsight.comments.CommentAnchors;
import dev.hindsight.comments.Comments;
import dev.hindsight.edit.CommentEdits;
import dev.hindsight.model.Comment;
import dev.hindsight.model.CommentReply;
import dev.hindsight.model.Extras;
import dev.hindsight.ui.dialogs.DialogService;
import dev.hindsight.ui.support.Settings;
import dev.hindsight.ui.window.DocumentViewModel;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The review comments of one window's report, each with where it is found now, and the commands
 * on them: add (on words, a row or item, a whole field), reply, resolve, reopen, delete, each one
 * step on the report's undo stack. The author is the reviewer's name from the settings, asked once.
 */
public final class CommentsViewModel {
    public static final String AUTHOR_KEY = "comments.author";

    /** A comment and where it is in the report now. */
    public record Entry(Comment comment, Anchor anchor) {
        public boolean detached() {
            return anchor.isDetached();
        }
    }

    private final DocumentViewModel doc;
    private final DialogService dialogs;
    private final Settings settings;
    private final Clock clock;
    private final RandomGenerator random;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();

    public CommentsViewModel(DocumentViewModel doc, DialogService dialogs, Settings settings, Clock clock,
                             RandomGenerator random) {
        this.doc = doc;
        this.dialogs = dialogs;
        this.settings = settings;
        this.clock = clock;
        this.random = random;
        doc.report().addListener((o, a, b) -> refresh());
        refresh();
    }

    private void refresh() {
        var now = doc.current().comments().stream().map(c -> new Entry(c, CommentAnchors.locate(doc.current(), c)))
                .toList();
        if (!now.equals(entries)) {
            entries.setAll(now);
        }
    }

    public ObservableList<Entry> entries() {
        return entries;
    }

    /** Comments on the words {@code [start, end)} of the text at {@code path}; true when one was added. */
    public boolean addOnWords(String path, int start, int end) {
        return add("Comment on the selected words", (text) -> Comments.onWords(doc.current(), newId(), author(), now(),
                text, path, start, end));
    }

    /** Comments on a timeline row or action item ({@code timeline[3]}). */
    public boolean addOnRow(String rowPath) {
        return add("Comment on this row", text -> Comments.onRow(doc.current(), newId(), author(), now(), text,
                rowPath));
    }

    /** Comments on a whole field ({@code rootCause}). */
    public boolean addOnPlace(String path) {
        return add("Comment on this field", text -> Comments.onPlace(doc.current(), newId(), author(), now(), text,
                path));
    }

    private boolean add(String header, Function<String, Comment> make) {
        Optional<String> who = askAuthor();
        if (who.isEmpty()) {
            return false;
        }
        Optional<String> text = dialogs.askText("Add Comment", header, "", true).map(String::strip)
                .filter(t -> !t.isEmpty());
        return text.isPresent() && doc.execute(CommentEdits.add(make.apply(text.get())));
    }

    public boolean reply(String id) {
        Optional<String> who = askAuthor();
        if (who.isEmpty()) {
            return false;
        }
        return dialogs.askText("Reply", "Reply to the comment", "", true).map(String::strip).filter(t -> !t.isEmpty())
                .map(t -> doc.execute(CommentEdits.reply(id, new CommentReply(who.get(), now(), t, Extras.NONE))))
                .orElse(false);
    }

    public boolean resolve(String id) {
        return doc.execute(CommentEdits.resolve(id));
    }

    public boolean reopen(String id) {
        return doc.execute(CommentEdits.reopen(id));
    }

    public boolean delete(String id) {
        return doc.execute(CommentEdits.delete(id));
    }

    /** The reviewer's name: from the settings, else asked once and remembered. */
    private Optional<String> askAuthor() {
        String known = settings.get(AUTHOR_KEY, "").strip();
        if (!known.isEmpty()) {
            return Optional.of(known);
        }
        Optional<String> name = dialogs.askText("Your Name", "Your name, shown with your comments",
                System.getProperty("user.name", ""), false).map(String::strip).filter(n -> !n.isEmpty());
        name.ifPresent(n -> settings.put(AUTHOR_KEY, n));
        return name;
    }

    private String author() {
        return settings.get(AUTHOR_KEY, "").strip();
    }

    private String newId() {
        return Comments.newId(doc.current(), random);
    }

    private java.time.Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    /**
     * The field at {@code path} as the window names it ("Root Cause", "Timeline \u00b7 Event 3"),
     * or the path itself for a place that is not a prose field (a timeline row).
     */
    public String placeName(String path) {
        return dev.hindsight.model.TextPlaces.at(doc.current(), path).map(dev.hindsight.model.TextPlace::where)
                .orElse(path);
    }
}
