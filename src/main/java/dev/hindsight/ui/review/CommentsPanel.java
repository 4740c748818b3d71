package dev.hindsight.ui.review;

import atlantafx.base.theme.Styles;
import dev.hindsight.comments.Anchor;
import dev.hindsight.model.Comment;
import dev.hindsight.model.CommentReply;
import dev.hindsight.ui.review.CommentsViewModel.Entry;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The Comments panel: every review comment with its words, author, time, replies and state
 * (resolved, detached); Reply, Resolve or Reopen, and Delete for the selected one; choosing one
 * goes to the words it is about.
 */
public final class CommentsPanel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final CommentsViewModel vm;
    private final Consumer<Anchor> goTo;
    private final ZoneId zone;

    /** @param goTo shows the place of a comment in the window */
    public CommentsPanel(CommentsViewModel vm, Consumer<Anchor> goTo, ZoneId zone) {
        this.vm = vm;
        this.goTo = goTo;
        this.zone = zone;
    }

    public Node build() {
        ListView<Entry> list = PanelParts.list(vm.entries(), "comments-list", "No comments. Select words in a field, "
                + "or a timeline row or action item, and choose Edit \u25b8 Add Comment (Ctrl+Alt+M).", this::card);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && !b.detached()) {
                goTo.accept(b.anchor());
            }
        });
        var selected = list.getSelectionModel().selectedItemProperty();
        var none = selected.isNull();
        Button reply = PanelParts.button("_Reply\u2026", "comment-reply", () -> vm.reply(id(list)));
        reply.disableProperty().bind(none);
        Button resolve = PanelParts.button("Re_solve", "comment-resolve", () -> {
            Entry e = list.getSelectionModel().getSelectedItem();
            if (e.comment().resolved()) {
                vm.reopen(e.comment().id());
            } else {
                vm.resolve(e.comment().id());
            }
        });
        resolve.textProperty().bind(Bindings.createStringBinding(() -> selected.get() != null
                && selected.get().comment().resolved() ? "Re_open" : "Re_solve", selected));
        resolve.disableProperty().bind(none);
        Button delete = PanelParts.button("_Delete", "comment-delete", () -> vm.delete(id(list)));
        delete.disableProperty().bind(none);
        FlowPane buttons = new FlowPane(6, 6, reply, resolve, delete);
        buttons.setPadding(new Insets(6, 0, 0, 0));
        BorderPane pane = new BorderPane(list);
        pane.setBottom(buttons);
        pane.setPadding(new Insets(8));
        pane.setId("comments-panel");
        return pane;
    }

    private static String id(ListView<Entry> list) {
        return list.getSelectionModel().getSelectedItem().comment().id();
    }

    private Node card(Entry e) {
        Comment c = e.comment();
        VBox card = PanelParts.card();
        card.getStyleClass().add("comment-card");
        Label who = PanelParts.heading(PanelParts.shorten(c.author().isBlank() ? "Someone" : c.author())
                + "  \u00b7  " + time(c.createdAt()));
        card.getChildren().add(who);
        Label where = PanelParts.muted(where(e, vm::placeName));
        if (e.detached()) {
            where.getStyleClass().setAll("label", Styles.TEXT_SMALL, Styles.WARNING);
        }
        card.getChildren().add(where);
        Label text = PanelParts.text(PanelParts.shorten(c.text()));
        card.getChildren().add(text);
        for (CommentReply r : c.replies()) {
            Label reply = PanelParts.text("\u21aa " + PanelParts.shorten(r.author()) + ": " + PanelParts.shorten(r.text()));
            reply.setPadding(new Insets(0, 0, 0, 12));
            card.getChildren().add(reply);
        }
        if (c.resolved()) {
            Label state = PanelParts.muted("Resolved");
            state.getStyleClass().add(Styles.SUCCESS);
            card.getChildren().add(state);
            card.setOpacity(0.7);
        }
        return card;
    }

    /** Where a comment is: its words and field (named as a person names it), or that its words are gone. */
    static String where(Entry e, java.util.function.UnaryOperator<String> name) {
        Comment c = e.comment();
        String quote = c.quote().isEmpty() ? "" : "\u201c" + PanelParts.shorten(c.quote()) + "\u201d ";
        return switch (e.anchor().state()) {
            case DETACHED -> "Detached: " + quote + "is no longer in " + name.apply(c.path());
            case MOVED -> quote + "in " + name.apply(e.anchor().path()) + " (moved from " + name.apply(c.path()) + ")";
            case ATTACHED -> quote + "in " + name.apply(c.path());
        };
    }

    private String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }
}
