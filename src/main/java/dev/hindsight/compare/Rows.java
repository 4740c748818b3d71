package dev.hindsight.compare;

import dev.hindsight.format.ValueCodecs;
import java.util.List;

/** A list whose rows are matched by content (or key), not by position, each row compared by its node. */
final class Rows<T> extends Node<List<T>> {
    private final Node<T> element;
    private final RowMatcher<T> matcher;

    Rows(Node<T> element, RowMatcher<T> matcher) {
        super(ValueCodecs.listOf(element.codec()));
        this.element = element;
        this.matcher = matcher;
    }

    Node<T> element() {
        return element;
    }

    Matching match(List<T> a, List<T> b) {
        return matcher.match(a, b);
    }

    Matching matchAdded(List<T> a, List<T> b) {
        return matcher.matchAdded(a, b);
    }
}
