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

    /** A piece of a run: its text node and the rule of the finding under it (null: none). */
    private record Piece(Text node, String text, String rule) {
    }

    private final ObjectProperty<Font> font = new SimpleObjectProperty<>(this, "font", Font.getDefault());
    private final ObjectProperty<Paint> fill = new SimpleObjectProperty<>(this, "fill", Color.BLACK);
    private final List<Piece> pieces = new ArrayList<>();
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
        return pieces.stream().map(Piece::node).toList();
    }

    private void rebuild() {
        pieces.clear();
        waves.clear();
        for (InlineRuns.Run run : runs) {
            split(run);
        }
        List<Node> children = new ArrayList<>(pieces.size() + waves.size() + 1);
        pieces.forEach(p -> children.add(p.node));
        for (Piece p : pieces) {
            if (p.rule != null) {
                Path wave = new Path();
                wave.setManaged(false);
                wave.setStroke(Color.web(MarkLooks.ruleColour(p.rule)));
                wave.setStrokeWidth(1.1);
                wave.getProperties().put(Piece.class, p);
                waves.add(wave);
            }
        }
        children.addAll(waves);
        ellipsis.setFont(font.get());
        ellipsis.setFill(fill.get());
        children.add(ellipsis);
        getChildren().setAll(children);
        requestLayout();
    }

    /** The row was selected or left: the text takes the cell's new colour (links keep theirs). */
    private void recolour() {
        for (Piece p : pieces) {
            if (!p.node.isUnderline()) {
                p.node.setFill(fill.get());
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
        if (text.isEmpty()) {
            return;
        }
        Text node = new Text(text);
        node.setBoundsType(TextBoundsType.LOGICAL);
        node.setFont(fontOf(run));
        node.setFill(run.link() != null ? LINK : fill.get());
        node.setUnderline(run.link() != null);
        node.setManaged(false);
        node.getStyleClass().add("formatted-run");
        pieces.add(new Piece(node, text, rule));
    }

    private Font fontOf(InlineRuns.Run run) {
        Font base = font.get();
        if (run.code()) {
            return Font.font("Monospaced", base.getSize() * 0.92);
        }
        if (!run.bold() && !run.italic()) {
            return base;
        }
        return Font.font(base.getFamily(), run.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                run.italic() ? FontPosture.ITALIC : FontPosture.REGULAR, base.getSize());
    }

    @Override
    protected double computePrefWidth(double height) {
        double w = snappedLeftInset() + snappedRightInset();
        for (Piece p : pieces) {
            p.node.setText(p.text);
            w += p.node.getLayoutBounds().getWidth();
        }
        return w;
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
        for (Piece p : pieces) {
            a = Math.max(a, p.node.getBaselineOffset());
        }
        return a;
    }

    private double descent() {
        double d = ellipsis.getLayoutBounds().getHeight() - ellipsis.getBaselineOffset();
        for (Piece p : pieces) {
            d = Math.max(d, p.node.getLayoutBounds().getHeight() - p.node.getBaselineOffset());
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
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            p.node.setText(p.text);
            p.node.setVisible(!cut);
            if (cut) {
                continue;
            }
            double w = p.node.getLayoutBounds().getWidth();
            boolean last = i == pieces.size() - 1;
            if (x + w > right + 0.5 || (!last && x + w > right - ellipsisWidth && totalFrom(i) > right - x + 0.5)) {
                p.node.setText(fitting(p, right - ellipsisWidth - x));
                w = p.node.getLayoutBounds().getWidth();
                cut = true;
            }
            p.node.relocate(x, baseline - p.node.getBaselineOffset());
            x += w;
        }
        ellipsis.setVisible(cut);
        ellipsis.relocate(x, baseline - ellipsis.getBaselineOffset());
        for (Path wave : waves) {
            Piece p = (Piece) wave.getProperties().get(Piece.class);
            drawWave(wave, p.node, baseline);
        }
    }

    /** The width of the pieces from {@code i} on. */
    private double totalFrom(int i) {
        double w = 0;
        for (int k = i; k < pieces.size(); k++) {
            pieces.get(k).node.setText(pieces.get(k).text);
            w += pieces.get(k).node.getLayoutBounds().getWidth();
        }
        return w;
    }

    /** The longest start of the piece's text that is at most {@code room} wide (binary search). */
    private static String fitting(Piece p, double room) {
        int lo = 0;
        int hi = p.text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            p.node.setText(p.text.substring(0, mid));
            if (p.node.getLayoutBounds().getWidth() <= room) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        if (lo > 0 && Character.isHighSurrogate(p.text.charAt(lo - 1))) {
            lo--;
        }
        return p.text.substring(0, lo);
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
