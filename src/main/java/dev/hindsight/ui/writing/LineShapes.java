package dev.hindsight.ui.writing;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;

/** How a {@link FormattedLine} draws around its text: the wavy lines of findings, its shape pools, the cut at its end. */
final class LineShapes {
    private static final double WAVE = 2.0;

    private LineShapes() {
    }

    /** Makes {@code shapes} {@code count} long, unmanaged; whether it changed. */
    static <T extends Node> boolean resize(List<T> shapes, int count, Supplier<T> make) {
        if (shapes.size() == count) {
            return false;
        }
        shapes.clear();
        for (int i = 0; i < count; i++) {
            T shape = make.get();
            shape.setManaged(false);
            shapes.add(shape);
        }
        return true;
    }

    /** The longest start of {@code text} that is at most {@code room} wide in {@code node} (binary search). */
    static String fitting(Text node, String text, double room) {
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

    /** Draws {@code wave} as a wavy line under {@code under}, just below {@code baseline}. */
    static void wave(Path wave, Text under, double baseline) {
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
