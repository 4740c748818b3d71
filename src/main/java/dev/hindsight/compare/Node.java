package dev.hindsight.compare;

import dev.hindsight.format.ReportFormatException;
import dev.hindsight.format.ValueCodec;
import dev.hindsight.model.RawJson;

/**
 * How one part of a report is compared and merged (see {@link ReportSchema}): a value compared
 * whole ({@link Scalar}), prose compared by lines ({@link Prose}), an object compared member by
 * member ({@link Struct}) or a list whose rows are matched by content ({@link Rows}).
 */
abstract sealed class Node<T> permits Scalar, Prose, Struct, Rows {
    private final ValueCodec<T> codec;

    Node(ValueCodec<T> codec) {
        this.codec = codec;
    }

    /** The value as the file holds it, for a conflict record. */
    RawJson write(T value) {
        return codec.write(value);
    }

    /** The value as a difference shows it; pictures leave out their data. */
    RawJson shown(T value) {
        return write(value);
    }

    T read(RawJson json, String path) throws ReportFormatException {
        return codec.read(json, path);
    }

    ValueCodec<T> codec() {
        return codec;
    }
}
