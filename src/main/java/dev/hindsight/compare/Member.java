package dev.hindsight.compare;

import java.util.function.BiFunction;
import java.util.function.Function;

/** One member of an object of the report: its key in the file, how to read and replace it, and its node. */
record Member<T, V>(String key, Function<T, V> get, BiFunction<T, V, T> set, Node<V> node, Section section) {
    Member(String key, Function<T, V> get, BiFunction<T, V, T> set, Node<V> node) {
        this(key, get, set, node, null);
    }
}
