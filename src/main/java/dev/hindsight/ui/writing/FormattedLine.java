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
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
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
 * monospaced code, links in the accent colour), findings as wavy lines under their words, cut with
 * "…" where the cell ends. Made once per cell and refilled as the cell shows other rows.
 */
public final class FormattedLine extends Region {
    private static final String ELLIPSIS = "\u2026";
    private static final double WAVE = 2.0;
    /** The colour of links, as the PDF's (PdfLook.LINK). */
    private static final Color LINK = Color.web("#0969da");

    /** A piece of a run: its text, look, and the rule of the finding under it (null: none); shown by {@code pool[i]}. */
    private record Piece(String text, Font font, boolean link, String rule) {
    }

    /** The fonts of bold, italic and code made from a cell's font, by font and look. */
    private static final java.util.Map<String, Font> FONTS = new java.util.concurrent.ConcurrentHashMap<>();

    private final ObjectProperty<Font> font = new SimpleObjectProperty<>(this, "font", Font.getDefault());
    private final ObjectProperty<Paint> fill = new SimpleObjectProperty<>(this, "fill", Color.BLACK);
    private final List<Piece> pieces = new ArrayList<>();
    private final List<Text> pool = new ArrayList<>();
    private final List<Path> waves = new ArrayList<>();
    private final Text ellipsis = new Text(ELLIPSIS);
    private final Rectangle clip = new Rectangle();
    private List<InlineRuns.Run> runs = List.of();
    private List<Finding> findings = List.of();

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

    /** Shows {@code runs}, with {@code findings} (offsets in the source) under the words they are about. */
    public void show(List<InlineRuns.Run> runs, List<Finding> findings) {
        this.runs = runs;
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(java.util.Comparator.comparingInt(Finding::start));
        this.findings = List.copyOf(sorted);
        rebuild();
    }

    /** The findings drawn now. */
    public List<Finding> shownFindings() {
        return findings;
    }

    /** The text nodes shown, in order (for tests: their fonts say bold and italic). */
    public List<Text> texts() {
        return pool.subList(0, pieces.size());
    }

    /**
     * Fills the text nodes with the runs. The nodes are reused from one row to the next (a table
     * recycles its cells on every scroll): new nodes would each need their styles worked out again.
     */
    private void rebuild() {
        pieces.clear();
        for (InlineRuns.Run run : runs) {
            split(run);
        }
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
                Piece p = pieces.get(i);
                node.setText(p.text);
                node.setFont(p.font);
                node.setFill(p.link ? LINK : fill.get());
                node.setUnderline(p.link);
                node.setVisible(true);
            } else {
                node.setText("");
                node.setVisible(false);
            }
        }
        int waveCount = (int) pieces.stream().filter(p -> p.rule != null).count();
        if (waveCount != waves.size()) {
            waves.clear();
            for (int i = 0; i < waveCount; i++) {
                Path wave = new Path();
                wave.setManaged(false);
                wave.setStrokeWidth(1.1);
                waves.add(wave);
            }
            changed = true;
        }
        int w = 0;
        for (Piece p : pieces) {
            if (p.rule != null) {
                waves.get(w++).setStroke(Color.web(MarkLooks.ruleColour(p.rule)));
            }
        }
        ellipsis.setFont(font.get());
        ellipsis.setFill(fill.get());
        if (changed) {
            List<Node> children = new ArrayList<>(pool.size() + waves.size() + 1);
            children.addAll(pool);
            children.addAll(waves);
            children.add(ellipsis);
            getChildren().setAll(children);
        }
        requestLayout();
    }

    /** The row was selected or left: the text takes the cell's new colour (links keep theirs). */
    private void recolour() {
        for (int i = 0; i < pieces.size(); i++) {
            if (!pieces.get(i).link) {
                pool.get(i).setFill(fill.get());
            }
        }
        ellipsis.setFill(fill.get());
    }

    /** Splits a run where findings start and end, so that each finding's words are text nodes of their own. */
    private void split(InlineRuns.Run run) {
        String text = run.text();
        int from = 0;
        if (run.sourceStart() >= 0) {
            for (Finding f : findings) {
                int start = Math.max(f.start() - run.sourceStart(), from);
                int end = Math.min(f.end() - run.sourceStart(), text.length());
                if (end > start) {
                    piece(run, text.substring(from, start), null);
                    piece(run, text.substring(start, end), f.rule());
                    from = end;
                }
            }
        }
        piece(run, text.substring(from), null);
    }

    private void piece(InlineRuns.Run run, String text, String rule) {
        if (!text.isEmpty()) {
            pieces.add(new Piece(text, fontOf(run), run.link() != null, rule));
        }
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
        node.setText(pieces.get(i).text);
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
                node.setText(fitting(node, pieces.get(i).text, right - ellipsisWidth - x));
                cut = true;
            }
            rest -= w;
            node.relocate(x, baseline - node.getBaselineOffset());
            x += node.getLayoutBounds().getWidth();
        }
        ellipsis.setVisible(cut);
        ellipsis.relocate(x, baseline - ellipsis.getBaselineOffset());
        int w = 0;
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i).rule != null) {
                drawWave(waves.get(w++), pool.get(i), baseline);
            }
        }
    }

    /** The longest start of {@code text} that is at most {@code room} wide in {@code node} (binary search). */
    private static String fitting(Text node, String text, double room) {
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            node.setText(text.substring(0, mid));
            if (node.getLayoutBounds().getWidth() <= room) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        if (lo > 0 && Character.isHighSurrogate(text.charAt(lo - 1))) {
            lo--;
        }
        node.setText(text.substring(0, lo));
        return text.substring(0, lo);
    }

    private static void drawWave(Path wave, Text under, double baseline) {
        wave.getElements().clear();
        double width = under.isVisible() ? under.getLayoutBounds().getWidth() : 0;
        if (width <= 0) {
            return;
        }
        double x = under.getLayoutX();
        double y = baseline + WAVE + 1;
        wave.getElements().add(new MoveTo(x, y));
        boolean up = true;
        for (double at = x + WAVE; at < x + width + WAVE; at += WAVE) {
            wave.getElements().add(new LineTo(Math.min(at, x + width), up ? y - WAVE / 2 : y + WAVE / 2));
            up = !up;
        }
    }
}
