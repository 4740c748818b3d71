package dev.hindsight.input;

import java.util.Objects;
import java.util.Optional;

/** The outcome of reading what a person typed: a value, or the reason it could not be read. */
public final class ParseResult<T> {
    private final T value;
    private final String error;

    private ParseResult(T value, String error) {
        this.value = value;
        this.error = error;
    }

    public static <T> ParseResult<T> ok(T value) {
        return new ParseResult<>(value, null);
    }

    public static <T> ParseResult<T> error(String reason) {
        return new ParseResult<>(null, Objects.requireNonNull(reason));
    }

    public boolean isOk() {
        return error == null;
    }

    /** The value read; null for an accepted empty input. */
    public T value() {
        if (error != null) {
            throw new IllegalStateException(error);
        }
        return value;
    }

    public Optional<String> error() {
        return Optional.ofNullable(error);
    }
}
