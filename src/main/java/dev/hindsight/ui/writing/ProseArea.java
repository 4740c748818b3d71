package dev.hindsight.ui.writing;

import dev.hindsight.check.Finding;
import dev.hindsight.ui.support.TextSync;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import java.util.Optional;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;
import org.fxmisc.richtext.util.UndoUtils;

/**
 * A prose field of the report (decision 0025): a RichTextFX text area that types like a text area
 * and shows marks under and behind its words — findings of the checks (a wavy line in the rule's
 * colour) and highlights supplied from outside ({@link ProseMarks#showHighlights}). It has no undo
 * of its own: every change of its text goes to the report's one undo stack through the view model
 * it is bound to, and an undo reaches it back as a change of that text.
 *
 * <p>Its {@link #place()} is the field's path in the report ({@code rootCause},
 * {@code measures.actionItems[2].details}; empty while it shows no field), which ties it to its
 * findings and highlights. It finds the window's {@link ProseMarks} through its scene.
 */
public final class ProseArea extends InlineCssTextArea {
    /** Opens the menu of the word at the caret (suggestions…), as the Menu key does. */
    public static final KeyCombination MENU_KEYS = new KeyCodeCombination(KeyCode.F10, KeyCombination.SHIFT_DOWN);

    private final StringProperty place = new SimpleStringProperty(this, "place", "");
    private final boolean oneLine;
    private final Label placeholder = new Label();
    private ProseMarks marks;
    private List<Finding> shownFindings = List.of();
    private List<Highlight> shownHighlights = List.of();
    /** The text changed since the marks were drawn: draw them again even if they are the same. */
    private boolean stale;
    /** Its text reaches the report only when committed (a table cell's editor): it is checked on its own. */
    private boolean draft;
    private String draftText;
    private List<Finding> draftFindings = List.of();
    /** Tried before a paste of text (a picture on the clipboard, for a Markdown field); true when it pasted. */
    private java.util.function.BooleanSupplier pasteFirst = () -> false;
    private Function<String, Map<DataFormat, Object>> copyAlso = text -> Map.of();

    public ProseArea() {
        this(false);
    }

    private ProseArea(boolean oneLine) {
        this.oneLine = oneLine;
        setUndoManager(UndoUtils.noOpUndoManager());
        setWrapText(!oneLine);
        setUseInitialStyleForInsertion(true);
        getStyleClass().add("prose-area");
        if (oneLine) {
            getStyleClass().add("one-line");
            setAutoHeight(true);
            // Enter and Tab are the owner's (a cell commits and moves, the title's Tab moves the focus):
            // the area neither inserts them nor consumes them.
            Nodes.addInputMap(this, InputMap.ignore(EventPattern.keyPressed()
                    .onlyIf(e -> e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.TAB)));
        }
        placeholder.getStyleClass().add("prose-placeholder");
        placeholder.setWrapText(!oneLine);
        placeholder.setMouseTransparent(true);
        setPlaceholder(placeholder);
        ProseMenu.install(this, () -> marks); // made when first asked for, not for the first frame
        ComposedText.install(this);
        LineEdgeKeys.install(this);
        sceneProperty().addListener((o, before, now) -> attach(now));
        place.addListener((o, a, b) -> refreshMarks());
        textProperty().addListener((o, a, b) -> {
            stale = true;
            if (draft && marks != null) {
                marks.draftChanged(this);
            }
        });
    }

    /**
     * Makes this area a draft: its text reaches the report only when its owner commits it (a table
     * cell's editor), so what is typed is checked on its own, as typed, rather than with the report.
     */
    public void draft(boolean isDraft) {
        draft = isDraft;
    }

    boolean isDraft() {
        return draft;
    }

    /** The findings of a check of this draft's {@code text}, if the last check was of that text. */
    Optional<List<Finding>> draftFindings(String text) {
        return text.equals(draftText) ? Optional.of(draftFindings) : Optional.empty();
    }

    void draftChecked(String text, List<Finding> found) {
        draftText = text;
        draftFindings = List.copyOf(found);
    }

    /**
     * A prose field of one line (the title, a table cell's editor): no wrapping, one line high; Enter
     * and Tab are left to its owner; a line break typed or pasted into it becomes a space and other
     * control characters are dropped, as a text field drops them.
     */
    public static ProseArea oneLine() {
        return new ProseArea(true);
    }

    /** Whether this is a field of one line ({@link #oneLine()}). */
    public boolean isOneLine() {
        return oneLine;
    }

    @Override
    public void replace(int start, int end, StyledDocument<String, String, String> replacement) {
        if (oneLine) {
            String text = replacement.getText();
            String line = OneLineText.of(text);
            if (!line.equals(text)) {
                replaceText(start, end, line);
                return;
            }
        }
        super.replace(start, end, replacement);
    }

    /** {@code hook} is tried first on every paste (keys, menu); when it returns true, nothing else is pasted. */
    public void pasteFirst(java.util.function.BooleanSupplier hook) {
        pasteFirst = hook;
    }

    @Override
    public void paste() {
        if (!pasteFirst.getAsBoolean()) {
            super.paste();
        }
    }

    /** {@code also} gives what a copy (or cut) puts on the clipboard beside the selected text, from that text. */
    public void copyAlso(Function<String, Map<DataFormat, Object>> also) {
        copyAlso = also;
    }

    @Override
    public void copy() {
        super.copy();
        String selected = getSelectedText();
        if (!selected.isEmpty()) {
            dev.hindsight.ui.support.ClipboardAdditions.add(copyAlso.apply(selected));
        }
    }

    /** The path of the field this area shows, for its findings and highlights. */
    public StringProperty place() {
        return place;
    }

    /** Links this area with a view model's text both ways; {@code prompt} shows while it is empty. */
    public void bind(StringProperty text, StringExpression prompt) {
        placeholder.textProperty().bind(prompt);
        dev.hindsight.ui.support.TextBindings.link(textProperty(), this::show, text);
    }

    private void show(String text) {
        TextSync.show(new TextSync.Target() {
            @Override
            public String text() {
                return getText();
            }

            @Override
            public void replace(int start, int end, String t) {
                replaceText(start, end, t);
            }

            @Override
            public boolean focused() {
                return isFocused();
            }

            @Override
            public void caretTo(int position) {
                moveTo(position);
                requestFollowCaret();
            }
        }, text == null ? "" : text);
    }

    /** The findings underlined now (those made for the text shown). */
    public List<Finding> shownFindings() {
        return shownFindings;
    }

    /** The highlights shown now, of every source. */
    public List<Highlight> shownHighlights() {
        return shownHighlights;
    }

    /** Selects {@code start..end}, scrolls it into view and takes the focus (find's "go to"). */
    public void reveal(int start, int end) {
        int length = getLength();
        selectRange(Math.min(start, length), Math.min(end, length));
        requestFollowCaret();
        requestFocus();
    }

    private void attach(Scene scene) {
        ProseMarks now = scene == null ? null : ProseMarks.of(scene);
        if (now == marks) {
            return;
        }
        if (marks != null) {
            marks.unregister(this);
        }
        marks = now;
        if (marks != null) {
            marks.register(this);
        }
    }

    void refreshMarks() {
        if (marks != null) {
            marks.refresh(this);
        }
    }

    /** Shows these marks; called by {@link ProseMarks} with marks made for the current text. */
    void showMarks(List<Finding> findings, List<Highlight> highlights) {
        if (!stale && findings.equals(shownFindings) && highlights.equals(shownHighlights)) {
            return;
        }
        stale = false;
        shownFindings = List.copyOf(findings);
        shownHighlights = List.copyOf(highlights);
        setStyleSpans(0, MarkSpans.of(getLength(), shownFindings, shownHighlights));
    }

    /** Whether this area's menu is showing (it has none until first asked for). */
    public boolean isMenuShowing() {
        return getContextMenu() != null && getContextMenu().isShowing();
    }

    /** A menu item that does {@code action}; its text shown as it is (no mnemonic). */
    static MenuItem item(String text, Runnable action, boolean disabled) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(false);
        item.setOnAction(e -> action.run());
        item.setDisable(disabled);
        return item;
    }
}
