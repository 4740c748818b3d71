package dev.hindsight.ui.writing;

import atlantafx.base.theme.Styles;
import dev.hindsight.find.FindMatch;
import dev.hindsight.find.FindQuery;
import dev.hindsight.find.FindResult;
import dev.hindsight.find.ReportSearch;
import dev.hindsight.find.Replacement;
import dev.hindsight.ui.support.Buttons;
import dev.hindsight.ui.window.DocumentViewModel;
import java.util.Locale;
import java.util.function.IntConsumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Find and replace across the whole report (Ctrl+F, Ctrl+H): every prose field, timeline event and
 * action item at once, through the find engine ({@link ReportSearch}). Matches are listed with their
 * section and a snippet and highlighted in the prose fields; Enter / F3 go to the next, Shift+Enter /
 * Shift+F3 to the previous (switching tab, selecting the row or the text); Escape closes. Replace
 * All is one edit: one undo takes it all back.
 */
public final class FindBar {
    static final String SOURCE = "find";

    private final DocumentViewModel doc;
    private final ProseMarks marks;
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final ToggleButton matchCase = Buttons.toggle("Aa", "find-match-case", "Match case");
    private final ToggleButton wholeWord = Buttons.toggle("W", "find-whole-word", "Whole words only");
    private final ToggleButton regex = Buttons.toggle(".*", "find-regex", "Regular expression (Java syntax; $1 in the replacement)");
    private final Label count = new Label();
    private final ListView<FindMatch> list = new ListView<>();
    private final HBox replaceRow;
    private final VBox bar;
    /** Where the bar goes when first opened: hidden, it would still have its skins and CSS made for the first frame. */
    private final VBox holder = new VBox();
    private final PauseTransition quiet = new PauseTransition(Duration.millis(120));
    private final MatchReveal reveal;
    private final FoundMatches found = new FoundMatches();
    private Node returnFocus;

    public FindBar(DocumentViewModel doc, ProseMarks marks, IntConsumer selectTab) {
        this.doc = doc;
        this.marks = marks;
        find.setId("find-text");
        find.setPromptText("Find in the whole report");
        HBox.setHgrow(find, Priority.ALWAYS);
        replace.setId("replace-text");
        replace.setPromptText("Replace with");
        HBox.setHgrow(replace, Priority.ALWAYS);
        count.setId("find-count");
        count.setMinWidth(Label.USE_PREF_SIZE);
        Button previous = Buttons.text("\u2191", "find-previous", "Previous match (Shift+F3, Shift+Enter)", this::previous);
        Button next = Buttons.text("\u2193", "find-next", "Next match (F3, Enter)", this::next);
        Button close = Buttons.text("\u2715", "find-close", "Close (Escape)", this::close);
        Label findLabel = new Label("Find");
        findLabel.setMinWidth(70);
        Label replaceLabel = new Label("Replace");
        replaceLabel.setMinWidth(70);
        HBox findRow = new HBox(6, findLabel, find, matchCase, wholeWord, regex, previous, next, count, close);
        replaceRow = new HBox(6, replaceLabel, replace, Buttons.text("Replace", "replace-one", "Replace this match", this::replaceOne),
                Buttons.text("Replace All", "replace-all", "Replace every match (one undo step)", this::replaceAll));
        findRow.setAlignment(Pos.CENTER_LEFT);
        replaceRow.setAlignment(Pos.CENTER_LEFT);
        list.setId("find-matches");
        // dense rows: four matches in sight rather than two
        list.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        list.setPrefHeight(110);
        list.setCellFactory(v -> new FindMatchCell());
        list.setOnMouseClicked(e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                go(i);
            }
        });
        bar = new VBox(4, findRow, replaceRow, list);
        bar.setId("find-bar");
        bar.getStyleClass().add("find-bar");
        bar.setPadding(new Insets(6, 8, 6, 8));
        show(bar, false);
        this.reveal = new MatchReveal(bar, selectTab, marks);

        quiet.setOnFinished(e -> search());
        find.textProperty().addListener((o, a, b) -> searchSoon());
        matchCase.selectedProperty().addListener((o, a, b) -> searchSoon());
        wholeWord.selectedProperty().addListener((o, a, b) -> searchSoon());
        regex.selectedProperty().addListener((o, a, b) -> searchSoon());
        doc.report().addListener((o, a, b) -> {
            if (bar.isVisible()) {
                searchSoon();
            }
        });
        bar.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    }

    public Node node() {
        return holder;
    }

    /** Opens the bar (with the replace row when {@code withReplace}), the find field focused. */
    public void open(boolean withReplace) {
        Node owner = bar.getScene() == null ? null : bar.getScene().getFocusOwner();
        if (owner != null && !isInBar(owner)) {
            returnFocus = owner;
            if (owner instanceof ProseArea area && !area.getSelectedText().isEmpty()
                    && area.getSelectedText().indexOf('\n') < 0) {
                find.setText(area.getSelectedText());
            }
        }
        if (holder.getChildren().isEmpty()) {
            holder.getChildren().add(bar);
        }
        show(bar, true);
        show(replaceRow, withReplace);
        find.requestFocus();
        find.selectAll();
        search();
    }

    public void close() {
        show(bar, false);
        quiet.stop();
        marks.clearHighlights(SOURCE);
        if (returnFocus != null) {
            returnFocus.requestFocus();
        }
    }

    public boolean isOpen() {
        return bar.isVisible();
    }

    /** The next match (F3): opens the bar if there is nothing to find yet. */
    public void next() {
        step(1);
    }

    public void previous() {
        step(-1);
    }

    /** The matches found last. */
    public FindResult result() {
        return found.result();
    }

    private void step(int by) {
        if (!isOpen() || find.getText().isEmpty()) {
            open(replaceRow.isVisible());
            return;
        }
        if (quiet.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            search();
        }
        if (!found.result().matches().isEmpty()) {
            go(found.step(by));
        }
    }

    private void go(int index) {
        found.select(index);
        list.getSelectionModel().select(index);
        list.scrollTo(Math.max(0, index - 1));
        showCount();
        highlight();
        reveal.reveal(found.result().matches().get(index));
    }

    private void searchSoon() {
        quiet.playFromStart();
    }

    private void search() {
        quiet.stop();
        FindQuery query = query();
        found.found(query, find.getText().isEmpty() ? FoundMatches.nothing() : ReportSearch.find(doc.current(), query));
        list.getItems().setAll(found.result().matches());
        if (found.current() >= 0) {
            list.getSelectionModel().select(found.current());
        }
        showCount();
        highlight();
    }

    private FindQuery query() {
        return FindQuery.of(find.getText()).withMatchCase(matchCase.isSelected()).withWholeWord(wholeWord.isSelected())
                .withRegex(regex.isSelected());
    }

    private void showCount() {
        count.getStyleClass().remove(Styles.DANGER);
        FindResult result = found.result();
        if (result.error().isPresent()) {
            count.setText(result.error().get());
            count.getStyleClass().add(Styles.DANGER);
        } else if (find.getText().isEmpty()) {
            count.setText("");
        } else if (result.isEmpty()) {
            count.setText("No matches");
        } else {
            count.setText(found.count());
        }
        show(list, !result.isEmpty());
    }

    private void highlight() {
        marks.showHighlights(SOURCE, found.highlights());
    }

    private void replaceOne() {
        if (found.current() < 0 && !found.result().isEmpty()) {
            go(0);
            return;
        }
        if (found.current() < 0) {
            return;
        }
        done(ReportSearch.replace(doc.current(), query(), found.result().matches().get(found.current()),
                replace.getText()));
        if (found.current() >= 0 && found.current() < found.result().matches().size()) {
            go(found.current());
        }
    }

    private void replaceAll() {
        Replacement r = ReportSearch.replaceAll(doc.current(), query(), replace.getText());
        if (done(r) && r.count() > 0) {
            count.setText(String.format(Locale.ROOT, "Replaced %d in %d %s", r.count(), r.fields(),
                    r.fields() == 1 ? "field" : "fields"));
        }
    }

    private boolean done(Replacement r) {
        if (r.error().isPresent()) {
            count.setText(r.error().get());
            count.getStyleClass().add(Styles.DANGER);
            return false;
        }
        r.command().ifPresent(c -> {
            doc.endMerging();
            doc.execute(c);
            doc.endMerging();
        });
        search();
        return true;
    }

    private void keys(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            close();
        } else if (e.getCode() == KeyCode.ENTER && e.getTarget() == replace) {
            e.consume();
            replaceOne();
        } else if (e.getCode() == KeyCode.ENTER && e.getTarget() == find) {
            e.consume();
            step(e.isShiftDown() ? -1 : 1);
        }
    }

    private boolean isInBar(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == bar) {
                return true;
            }
        }
        return false;
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
