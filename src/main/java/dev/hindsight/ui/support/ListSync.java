package dev.hindsight.ui.support;

import java.util.List;
import javafx.collections.ObservableList;

/**
 * Brings an observable list to new content with the smallest change: the common start and
 * end are kept and only the middle is replaced, so a 10,000-row table redraws one row when
 * one cell changed.
 */
public final class ListSync {
    private ListSync() {
    }

    public static <T> void update(ObservableList<T> target, List<T> next) {
        int prefix = 0;
        int max = Math.min(target.size(), next.size());
        while (prefix < max && target.get(prefix).equals(next.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && target.get(target.size() - 1 - suffix).equals(next.get(next.size() - 1 - suffix))) {
            suffix++;
        }
        int oldEnd = target.size() - suffix;
        int newEnd = next.size() - suffix;
        if (oldEnd - prefix == 1 && newEnd - prefix == 1) {
            target.set(prefix, next.get(prefix));
            return;
        }
        if (oldEnd > prefix) {
            target.remove(prefix, oldEnd);
        }
        if (newEnd > prefix) {
            target.addAll(prefix, next.subList(prefix, newEnd));
        }
    }
}
