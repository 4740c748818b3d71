package dev.hindsight.compare;

import dev.hindsight.format.ValueCodec;
import dev.hindsight.model.RawJson;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/** A value compared and merged whole: a title, a severity, an instant, a picture. */
final class Scalar<T> extends Node<T> {
    private final BiPredicate<T, T> same;
    private final Function<T, RawJson> shown;
    private final BinaryOperator<T> whenBothChanged;

    private Scalar(ValueCodec<T> codec, BiPredicate<T, T> same, Function<T, RawJson> shown,
                   BinaryOperator<T> whenBothChanged) {
        super(codec);
        this.same = same;
        this.shown = shown;
        this.whenBothChanged = whenBothChanged;
    }

    static <T> Scalar<T> of(ValueCodec<T> codec) {
        return new Scalar<>(codec, Objects::equals, null, null);
    }

    /** Compared by {@code same} and shown by {@code shown} in differences (a picture by its hash). */
    static <T> Scalar<T> of(ValueCodec<T> codec, BiPredicate<T, T> same, Function<T, RawJson> shown) {
        return new Scalar<>(codec, same, shown, null);
    }

    /** Never a conflict: when both sides changed it differently, {@code choose} picks (the later save time). */
    static <T> Scalar<T> choosing(ValueCodec<T> codec, BinaryOperator<T> choose) {
        return new Scalar<>(codec, Objects::equals, null, choose);
    }

    boolean same(T a, T b) {
        return a == b || a != null && b != null && same.test(a, b);
    }

    @Override
    RawJson shown(T value) {
        return shown == null || value == null ? write(value) : shown.apply(value);
    }

    /** The merged value when both sides changed it differently, or null for a conflict. */
    BinaryOperator<T> whenBothChanged() {
        return whenBothChanged;
    }
}
