package dev.hindsight.ui.table;

import dev.hindsight.check.Finding;
import dev.hindsight.ui.writing.FormattedLine;
import dev.hindsight.ui.writing.Highlight;
import dev.hindsight.ui.writing.InlineRuns;
import dev.hindsight.ui.writing.ProseArea;
import dev.hindsight.ui.writing.ProseMarks;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.ContentDisplay;
import javafx.scene.input.Clipboard;

/**
 * A table cell holding an inline Markdown field (a timeline event's text, an action item's title).
 * Not being edited, it shows the field formatted as the PDF does (bold, italic, code, links) with its
 * findings underlined and its highlights (find matches, commented words) behind their words; its text ({@code getText()}, what a screen reader reads) is the shown text
 * without markup. Edited, it is a one-line {@link ProseArea} showing the source, underlining unknown
 * words as they are typed and offering the word menu; Enter, Tab and Escape are the cell's, and a
 * paste of several lines goes to the table's paste of rows where it has one.
 */
public final class ProseEditCell<S> extends LineCell<S, ProseArea> implements ProseMarks.ShownCell {
    /** The path of the field a row's cell shows ({@code timeline[3].text}). */
    @FunctionalInterface
    public interface Place<S> {
        String of(int index, S row);
    }

    private final Place<S> place;
    private FormattedLine line;
    private ProseMarks marks;
    private List<Finding> shownFindings = List.of();
    private List<Highlight> shownHighlights = List.of();

    public ProseEditCell(TableEditing<S> editing, Committer committer, Rejected onRejected,
                         Function<S, String> editText, Place<S> place) {
        super(editing, committer, onRejected, editText);
        this.place = place;
        getStyleClass().add("prose-cell");
        sceneProperty().addListener((o, before, now) -> {
            if (marks != null) {
                marks.watch(this, false);
            }
            marks = ProseMarks.in(now).orElse(null);
            if (marks != null) {
                marks.watch(this, true);
                refreshMarks();
            }
        });
    }

    @Override
    protected ProseArea createEditor(String text) {
        // a formatted row showed only its graphic: the editor replaces it (the default display shows it)
        setContentDisplay(ContentDisplay.LEFT);
        ProseArea area = ProseArea.oneLine();
        area.replaceText(text);
        area.draft(true);
        S row = rowItem();
        area.place().set(row == null ? "" : place.of(getIndex(), row));
        area.pasteFirst(() -> editing.pasteLines(Clipboard.getSystemClipboard().getString()));
        area.focusedProperty().addListener((o, was, now) -> {
            if (!now && !area.isMenuShowing()) {
                focusLost(area);
            }
        });
        return area;
    }

    @Override
    protected String typed(ProseArea area) {
        return area.getText();
    }

    @Override
    protected void focus(ProseArea area, boolean caretAtEnd) {
        area.requestFocus();
        if (caretAtEnd) {
            area.moveTo(area.getLength());
        } else {
            area.selectAll();
        }
        area.requestFollowCaret();
    }

    @Override
    protected void showValue(String item) {
        if (item == null) {
            shownFindings = List.of();
            shownHighlights = List.of();
            setContentDisplay(ContentDisplay.LEFT);
            setText(null);
            return;
        }
        List<Finding> found = findings(item);
        List<Highlight> marked = highlights();
        shownFindings = found;
        shownHighlights = marked;
        if (found.isEmpty() && marked.isEmpty() && !InlineRuns.mayHaveMarkup(item)) {
            // the plain row, as before: no parse, no nodes of its own (and no longer the formatted line
            // if its marks went: a refresh of the marks does not pass through updateItem)
            setGraphic(null);
            setContentDisplay(ContentDisplay.LEFT);
            setText(item);
            return;
        }
        List<InlineRuns.Run> runs = InlineRuns.of(item);
        setText(InlineRuns.plain(runs));
        line().show(runs, found, marked);
        setGraphic(line);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    private FormattedLine line() {
        if (line == null) {
            line = new FormattedLine();
            line.fontProperty().bind(fontProperty());
            line.fillProperty().bind(textFillProperty());
        }
        return line;
    }

    private List<Finding> findings(String item) {
        S row = rowItem();
        if (marks == null || row == null) {
            return List.of();
        }
        return marks.findings(place.of(getIndex(), row), item);
    }

    private List<Highlight> highlights() {
        S row = rowItem();
        return marks == null || row == null ? List.of() : marks.highlights(place.of(getIndex(), row));
    }

    /** The findings underlined in the shown cell now. */
    public List<Finding> shownFindings() {
        return shownFindings;
    }

    /** The formatted text shown now, if the cell shows it formatted. */
    public java.util.Optional<FormattedLine> formatted() {
        return getGraphic() == line && line != null ? java.util.Optional.of(line) : java.util.Optional.empty();
    }

    @Override
    public void refreshMarks() {
        if (isEditing() || isEmpty() || getItem() == null) {
            return;
        }
        if (!findings(getItem()).equals(shownFindings) || !highlights().equals(shownHighlights)) {
            show(getItem(), false);
        }
    }
}
