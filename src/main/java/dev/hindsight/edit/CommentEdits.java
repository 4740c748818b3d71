package dev.hindsight.edit;

import dev.hindsight.comments.Comments;
import dev.hindsight.model.Comment;
import dev.hindsight.model.CommentReply;

/**
 * The commands on review comments: add (on words, a row or item, a whole place: see
 * {@link Comments}), reply, resolve, reopen, edit and delete. Each is one undo step; a comment
 * is named by its id, so a command still finds it after other edits.
 */
public final class CommentEdits {
    private CommentEdits() {
    }

    /** Adds a comment made by {@link Comments#onWords}, {@link Comments#onRow} or {@link Comments#onPlace}. */
    public static Command add(Comment comment) {
        return ReportEdit.of("Add Comment", r -> Comments.add(r, comment));
    }

    public static Command reply(String id, CommentReply reply) {
        return ReportEdit.of("Reply to Comment", r -> Comments.reply(r, id, reply));
    }

    public static Command resolve(String id) {
        return ReportEdit.of("Resolve Comment", r -> Comments.setResolved(r, id, true));
    }

    public static Command reopen(String id) {
        return ReportEdit.of("Reopen Comment", r -> Comments.setResolved(r, id, false));
    }

    /** Typing in a comment's text: merges with the keystrokes before it into one undo step. */
    public static Command editText(String id, String text) {
        return new ReportEdit("Typing in Comment", "comment:" + id, r -> Comments.editText(r, id, text));
    }

    public static Command delete(String id) {
        return ReportEdit.of("Delete Comment", r -> Comments.delete(r, id));
    }
}
