package dev.hindsight.ui.writing;

import dev.hindsight.check.Finding;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;

/**
 * An inline Markdown field shown formatted on one line, as a table cell shows it when it is not
 * being edited: its {@link InlineRuns} as text nodes in the cell's font and colour (bold, italic,
 * monospaced code, links underlined in the theme's accent colour, {@code .formatted-link}), findings as wavy lines under their words,
 * highlights (find matches, commented words) as a background behind theirs, cut with "…" where
 * the cell ends. Made once per cell and refilled as the cell shows other rows.
 */
public final class FormattedLine extends Region {
    private static final String ELLIPSIS = "\u2026";
    /** The style class of a link's text: the style sheet gives it the theme's accent colour, light or dark. */
    static final String LINK_STYLE = "formatted-link";

    /** The fonts of bold, italic and code made from a cell's font, by font and look. */
    private static final java.util.Map<String, Font> FONTS = new java.util.concurrent.ConcurrentHashMap<>();

    private final ObjectProperty<Font> font = new SimpleObjectProperty<>(this, "font", Font.getDefault());
    private final ObjectProperty<Paint> fill = new SimpleObjectProperty<>(this, "fill", Color.BLACK);
    /** The pieces shown: piece {@code i} by {@code pool[i]}. */
    private List<LinePieces.Piece> pieces = List.of();
    private final List<Text> pool = new ArrayList<>();
    private final List<Path> waves = new ArrayList<>();
    private final List<Rectangle> backgrounds = new ArrayList<>();
    private final Text ellipsis = new Text(ELLIPSIS);
    private final Rectangle clip = new Rectangle();
    private List<InlineRuns.Run> runs = List.of();
    private List<Finding> findings = List.of();
    private List<Highlight> highlights = List.of();

    public FormattedLine() {
        getStyleClass().add("formatted-line");
        setMinWidth(0);
        setPadding(Insets.EMPTY);
        setClip(clip);
        font.addListener((o, a, b) -> rebuild());
        fill.addListener((o, a, b) -> recolour());
        ellipsis.setManaged(false);
    }

    /** The font of plain runs (the cell's); bold, italic and code are made from it. */
    public ObjectProperty<Font> fontProperty() {
        return font;
    }

    /** The colour of the text (the cell's, which changes when its row is selected). */
    public ObjectProperty<Paint> fillProperty() {
        return fill;
    }

    /**
     * Shows {@code runs}, with {@code findings} under the words they are about and {@code highlights}
     * behind theirs (offsets in the source).
     */
    public void show(List<InlineRuns.Run> runs, List<Finding> findings, List<Highlight> highlights) {
        this.runs = runs;
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(java.util.Comparator.comparingInt(Finding::start));
        this.findings = List.copyOf(sorted);
        this.highlights = List.copyOf(highlights);
        rebuild();
    }

    /** The findings drawn now. */
    public List<Finding> shownFindings() {
        return findings;
    }

    /** The highlights drawn now. */
    public List<Highlight> shownHighlights() {
        return highlights;
    }

    /** The text nodes shown, in order (for tests: their fonts say bold and italic). */
    public List<Text> texts() {
        return pool.subList(0, pieces.size());
    }

    /** The backgrounds drawn behind highlighted text, in order (for tests: their places and colours). */
    public List<Rectangle> highlightBackgrounds() {
        return List.copyOf(backgrounds);
    }

    /**
     * Fills the text nodes with the runs. The nodes are reused from one row to the next (a table
     * recycles its cells on every scroll): new nodes would each need their styles worked out again.
     */
    private void rebuild() {
        pieces = LinePieces.of(runs, findings, highlights);
        boolean changed = false;
        while (pool.size() < pieces.size()) {
            Text node = new Text();
            node.setBoundsType(TextBoundsType.LOGICAL);
            node.setManaged(false);
            pool.add(node);
            changed = true;
        }
        for (int i = 0; i < pool.size(); i++) {
            Text node = pool.get(i);
            if (i < pieces.size()) {
                LinePieces.Piece p = pieces.get(i);
                node.setText(p.text());
                node.setFont(fontOf(p.run()));
                node.setFill(fill.get());
                node.setUnderline(p.link());
                if (p.link() != node.getStyleClass().contains(LINK_STYLE)) {
                    if (p.link()) {
                        node.getStyleClass().add(LINK_STYLE);
                    } else {
                        node.getStyleClass().remove(LINK_STYLE);
                    }
                }
                node.setVisible(true);
            } else {
                node.setText("");
                node.setVisible(false);
            }
        }
        changed |= LineShapes.resize(waves, (int) pieces.stream().filter(p -> p.rule() != null).count(), () -> {
            Path wave = new Path();
            wave.setStrokeWidth(1.1);
            return wave;
        });
        changed |= LineShapes.resize(backgrounds, (int) pieces.stream().filter(p -> p.highlight() != null).count(), Rectangle::new);
        int w = 0;
        int b = 0;
        for (LinePieces.Piece p : pieces) {
            if (p.rule() != null) {
                waves.get(w++).setStroke(Color.web(MarkLooks.ruleColour(p.rule())));
            }
            if (p.highlight() != null) {
                backgrounds.get(b++).setFill(Color.web(MarkLooks.highlightColour(p.highlight())));
            }
        }
        ellipsis.setFont(font.get());
        ellipsis.setFill(fill.get());
        if (changed) {
            List<Node> children = new ArrayList<>(backgrounds.size() + pool.size() + waves.size() + 1);
            children.addAll(backgrounds);
            children.addAll(pool);
            children.addAll(waves);
            children.add(ellipsis);
            getChildren().setAll(children);
        }
        requestLayout();
    }

    /** The row was selected or left: the text takes the cell's new colour (links keep the style sheet's). */
    private void recolour() {
        for (int i = 0; i < pieces.size(); i++) {
            pool.get(i).setFill(fill.get());
        }
        ellipsis.setFill(fill.get());
    }

    private Font fontOf(InlineRuns.Run run) {
        Font base = font.get();
        if (run.code()) {
            return FONTS.computeIfAbsent("mono|" + base.getSize(), k -> Font.font("Monospaced", base.getSize() * 0.92));
        }
        if (!run.bold() && !run.italic()) {
            return base;
        }
        String key = base.getFamily() + "|" + base.getSize() + "|" + run.bold() + "|" + run.italic();
        return FONTS.computeIfAbsent(key, k -> Font.font(base.getFamily(), run.bold() ? FontWeight.BOLD
                : FontWeight.NORMAL, run.italic() ? FontPosture.ITALIC : FontPosture.REGULAR, base.getSize()));
    }

    @Override
    protected double computePrefWidth(double height) {
        double w = snappedLeftInset() + snappedRightInset();
        for (int i = 0; i < pieces.size(); i++) {
            w += whole(i).getLayoutBounds().getWidth();
        }
        return w;
    }

    /** The node of piece {@code i}, holding the piece's whole text again. */
    private Text whole(int i) {
        Text node = pool.get(i);
        node.setText(pieces.get(i).text());
        return node;
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + snappedBottomInset() + ascent() + descent();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    private double ascent() {
        double a = ellipsis.getBaselineOffset();
        for (int i = 0; i < pieces.size(); i++) {
            a = Math.max(a, pool.get(i).getBaselineOffset());
        }
        return a;
    }

    private double descent() {
        double d = ellipsis.getLayoutBounds().getHeight() - ellipsis.getBaselineOffset();
        for (int i = 0; i < pieces.size(); i++) {
            Text t = pool.get(i);
            d = Math.max(d, t.getLayoutBounds().getHeight() - t.getBaselineOffset());
        }
        return d;
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double right = getWidth() - snappedRightInset();
        clip.setWidth(getWidth());
        clip.setHeight(getHeight());
        double ascent = ascent();
        double lineHeight = ascent + descent();
        double baseline = snappedTopInset() + Math.max(0, (getHeight() - snappedTopInset() - snappedBottomInset()
                - lineHeight) / 2) + ascent;
        double x = left;
        boolean cut = false;
        double ellipsisWidth = ellipsis.getLayoutBounds().getWidth();
        double rest = computePrefWidth(-1) - snappedLeftInset() - snappedRightInset();
        for (int i = 0; i < pieces.size(); i++) {
            Text node = whole(i);
            node.setVisible(!cut);
            if (cut) {
                continue;
            }
            double w = node.getLayoutBounds().getWidth();
            if (x + rest > right + 0.5 && x + w > right - ellipsisWidth) {
                node.setText(LineShapes.fitting(node, pieces.get(i).text(), right - ellipsisWidth - x));
                cut = true;
            }
            rest -= w;
            node.relocate(x, baseline - node.getBaselineOffset());
            x += node.getLayoutBounds().getWidth();
        }
        ellipsis.setVisible(cut);
        ellipsis.relocate(x, baseline - ellipsis.getBaselineOffset());
        int w = 0;
        int b = 0;
        for (int i = 0; i < pieces.size(); i++) {
            Text node = pool.get(i);
            if (pieces.get(i).rule() != null) {
                LineShapes.wave(waves.get(w++), node, baseline);
            }
            if (pieces.get(i).highlight() != null) {
                Rectangle back = backgrounds.get(b++);
                back.setX(node.getLayoutX());
                back.setY(baseline - ascent);
                back.setWidth(node.isVisible() ? node.getLayoutBounds().getWidth() : 0);
                back.setHeight(lineHeight);
            }
        }
    }
}
