package dev.hindsight.ui.writing;

import dev.hindsight.model.RightToLeft;
import java.util.Optional;
import java.util.function.IntPredicate;
import javafx.geometry.Bounds;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.NavigationActions.SelectionPolicy;

/**
 * Home and End (with Shift, to select) in a paragraph with right-to-left text: RichTextFX finds a
 * line's start and end by hitting its left and right edges, which in an Arabic or Hebrew run are
 * the run's logical end and start (its issue #1170), so End stopped inside the line. Here the
 * line is found in the text's logical order: the characters of one displayed line are
 * consecutive, so its first and last are found by a binary search on their place on the screen.
 * Paragraphs without right-to-left characters keep RichTextFX's own keys.
 */
final class LineEdgeKeys {
    private final GenericStyledArea<?, ?, ?> area;

    private LineEdgeKeys(GenericStyledArea<?, ?, ?> area) {
        this.area = area;
    }

    static void install(GenericStyledArea<?, ?, ?> area) {
        LineEdgeKeys keys = new LineEdgeKeys(area);
        area.addEventFilter(KeyEvent.KEY_PRESSED, keys::pressed);
    }

    private void pressed(KeyEvent e) {
        boolean home = e.getCode() == KeyCode.HOME;
        if (!home && e.getCode() != KeyCode.END || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        int paragraph = area.getCurrentParagraph();
        String text = area.getText(paragraph);
        if (text.isEmpty() || !RightToLeft.in(text)) {
            return;
        }
        int start = area.getAbsolutePosition(paragraph, 0);
        int column = Math.min(area.getCaretColumn(), text.length() - 1);
        Optional<Bounds> caretLine = bounds(start + column);
        if (caretLine.isEmpty()) {
            return;
        }
        IntPredicate onLine = i -> bounds(start + i).map(b -> sameLine(b, caretLine.get())).orElse(false);
        int target = home ? start + first(column, onLine) : start + last(column, text.length(), onLine) + 1;
        area.moveTo(target, e.isShiftDown() ? SelectionPolicy.EXTEND : SelectionPolicy.CLEAR);
        area.requestFollowCaret();
        e.consume();
    }

    /** The first index at or before {@code at} on its line. */
    private static int first(int at, IntPredicate onLine) {
        int low = 0;
        int high = at;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (onLine.test(mid)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** The last index at or after {@code at} on its line, below {@code length}. */
    private static int last(int at, int length, IntPredicate onLine) {
        int low = at;
        int high = length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (onLine.test(mid)) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private Optional<Bounds> bounds(int position) {
        return area.getCharacterBoundsOnScreen(position, position + 1);
    }

    private static boolean sameLine(Bounds a, Bounds b) {
        double middle = (a.getMinY() + a.getMaxY()) / 2;
        return middle > b.getMinY() && middle < b.getMaxY();
    }
}
