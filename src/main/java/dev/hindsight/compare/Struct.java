package dev.hindsight.compare;

import dev.hindsight.format.ValueCodec;
import dev.hindsight.model.Extras;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/** An object compared member by member, its unknown keys ({@link Extras}) key by key. */
final class Struct<T> extends Node<T> {
    private final List<Member<T, ?>> members;
    private final Function<T, Extras> extras;
    private final BiFunction<T, Extras, T> withExtras;

    Struct(ValueCodec<T> codec, List<Member<T, ?>> members, Function<T, Extras> extras,
           BiFunction<T, Extras, T> withExtras) {
        super(codec);
        this.members = List.copyOf(members);
        this.extras = extras;
        this.withExtras = withExtras;
    }

    List<Member<T, ?>> members() {
        return members;
    }

    Optional<Member<T, ?>> member(String key) {
        return members.stream().filter(m -> m.key().equals(key)).findFirst();
    }

    Extras extras(T value) {
        return extras.apply(value);
    }

    T withExtras(T value, Extras newExtras) {
        return withExtras.apply(value, newExtras);
    }
}
