package dev.hindsight.ui.markdown;

import dev.hindsight.markdown.MarkdownFormatting;
import dev.hindsight.markdown.MarkdownFormatting.Replacement;
import dev.hindsight.ui.window.TextFieldViewModel;
import javafx.animation.PauseTransition;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import dev.hindsight.ui.writing.ProseArea;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * A Markdown field: a text area with a small format bar (bold, italic, code, lists, link,
 * with Ctrl+B, Ctrl+I, Ctrl+K; insert image) and a live preview rendered from the shared parse.
 * Pictures are pasted, dropped or inserted through {@link PictureInput}.
 */
public final class MarkdownEditor {
    private interface Format {
        Replacement apply(String text, int start, int end);
    }

    public static final KeyCombination BOLD = new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination ITALIC = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination LINK = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination CODE =
            new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final ProseArea area = new ProseArea();
    private final TextFieldViewModel field;
    private final MarkdownPreview renderer;
    private final ScrollPane preview = new ScrollPane();
    /** The rendered text, block by block: a keystroke builds the nodes of the one block it changed. */
    private LivePreview live;
    private final PauseTransition refresh = new PauseTransition(Duration.millis(150));
    private final boolean previewShown;
    private PictureInput pictures;

    public MarkdownEditor(String id, TextFieldViewModel field, MarkdownPreview renderer) {
        this(id, field, renderer, true);
    }

    /** @param previewShown whether the preview starts visible (compact fields start without it) */
    public MarkdownEditor(String id, TextFieldViewModel field, MarkdownPreview renderer, boolean previewShown) {
        this.previewShown = previewShown;
        this.field = field;
        this.renderer = renderer;
        area.setId(id);
        preview.setId(id + "-preview");
    }

    public ProseArea area() {
        return area;
    }

    public Node build() {
        area.bind(field.text(), field.prompt());
        area.place().bind(field.place());
        pictures = PictureInput.takeInto(area, area::replaceSelection, area::pasteFirst, area::copyAlso, field,
                renderer.pictures());
        area.focusedProperty().addListener((o, a, focused) -> field.endTypingStep());

        preview.setFitToWidth(true);
        preview.getStyleClass().add("md-preview-pane");
        refresh.setOnFinished(e -> renderPreview());
        area.textProperty().addListener((o, a, b) -> refresh.playFromStart());
        renderPreview();

        VirtualizedScrollPane<ProseArea> scroll = new VirtualizedScrollPane<>(area);
        scroll.getStyleClass().add("prose-scroll");
        SplitPane split = new SplitPane(scroll, preview);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.55);
        ToggleButton showPreview = new ToggleButton("Preview");
        showPreview.setId(area.getId() + "-show-preview");
        showPreview.setSelected(true);
        showPreview.setTooltip(new Tooltip("Show the rendered Markdown beside the text"));
        showPreview.selectedProperty().addListener((o, a, shown) -> {
            if (shown) {
                split.getItems().add(preview);
                split.setDividerPositions(0.55);
            } else {
                split.getItems().remove(preview);
            }
        });
        showPreview.setFocusTraversable(false);
        showPreview.setSelected(previewShown);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(
                button(MaterialDesignF.FORMAT_BOLD, "Bold", BOLD, MarkdownFormatting::bold),
                button(MaterialDesignF.FORMAT_ITALIC, "Italic", ITALIC, MarkdownFormatting::italic),
                button(MaterialDesignC.CODE_TAGS, "Code", CODE, MarkdownFormatting::code),
                button(MaterialDesignF.FORMAT_LIST_BULLETED, "Bullet list", null, MarkdownFormatting::bulletList),
                button(MaterialDesignF.FORMAT_LIST_NUMBERED, "Numbered list", null, MarkdownFormatting::numberedList),
                button(MaterialDesignL.LINK_VARIANT, "Link", LINK, MarkdownFormatting::link),
                insertImage(), spacer, showPreview);
        bar.getStyleClass().add("md-format-bar");
        shortcut(BOLD, MarkdownFormatting::bold);
        shortcut(ITALIC, MarkdownFormatting::italic);
        shortcut(LINK, MarkdownFormatting::link);
        shortcut(CODE, MarkdownFormatting::code);

        BorderPane pane = new BorderPane(split);
        pane.setTop(bar);
        return pane;
    }

    private void renderPreview() {
        if (live == null) {
            live = new LivePreview(renderer);
            preview.setContent(live.node());
        }
        live.show(area.getText() == null ? "" : area.getText());
    }

    private Node insertImage() {
        Button button = new Button(null, new FontIcon(MaterialDesignI.IMAGE_PLUS));
        button.setId(area.getId() + "-insert-image");
        button.setTooltip(new Tooltip("Insert image\u2026 (or paste a screenshot, or drop a PNG, JPEG or GIF file here)"));
        button.getStyleClass().add("flat");
        button.setFocusTraversable(false);
        button.disableProperty().bind(area.disabledProperty().or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> pictures == null)));
        button.setOnAction(e -> pictures.chooseAndInsert());
        return button;
    }

    /** A format button; its tooltip names its keys as the platform writes them (Ctrl+B, ⌘B). */
    private Button button(Ikon icon, String tip, KeyCombination keys, Format format) {
        Button button = new Button(null, new FontIcon(icon));
        button.setTooltip(new Tooltip(keys == null ? tip : tip + " (" + keys.getDisplayText() + ")"));
        button.getStyleClass().add("flat");
        button.setFocusTraversable(false);
        button.setOnAction(e -> apply(format));
        return button;
    }

    private void shortcut(KeyCombination keys, Format format) {
        area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (keys.match(e)) {
                e.consume();
                apply(format);
            }
        });
    }

    /** One format action is one undo step of its own. */
    private void apply(Format format) {
        String text = area.getText() == null ? "" : area.getText();
        Replacement r = format.apply(text, area.getSelection().getStart(), area.getSelection().getEnd());
        field.endTypingStep();
        area.replaceText(r.start(), r.end(), r.text());
        field.endTypingStep();
        area.selectRange(r.selectionStart(), r.selectionEnd());
        area.requestFocus();
    }
}
