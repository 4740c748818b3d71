package dev.hindsight.format;

import dev.hindsight.model.RawJson;

/**
 * One kind of model value (a string, a code, an instant, a timeline entry, an action item…)
 * as the file holds it, as {@link RawJson} and back: what a merge conflict keeps of each side,
 * and what a tool prints of a difference. Reading checks the value as the reader checks a file.
 */
public interface ValueCodec<T> {
    /** The value as compact JSON; {@code null} (a cleared severity, an open end) is {@code null}. */
    RawJson write(T value);

    /**
     * The value {@code json} holds; {@code path} names its place in a refusal, as a file's
     * refusal does ({@code timeline[3].at: expected an instant…}).
     */
    T read(RawJson json, String path) throws ReportFormatException;
}
