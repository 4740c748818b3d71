package dev.hindsight.picture;

import java.util.Objects;

/**
 * What a {@code picture:NAME} reference leads to: the picture's data, or why there is nothing to
 * show, in words for a placeholder ("the picture \"x.png\" is not in this report").
 */
public record PictureLookup(String name, PictureData data, String problem) {
    public PictureLookup {
        Objects.requireNonNull(name, "name");
        if ((data == null) == (problem == null)) {
            throw new IllegalArgumentException("a lookup has either data or a problem");
        }
    }

    static PictureLookup found(PictureData data) {
        return new PictureLookup(data.name(), data, null);
    }

    static PictureLookup missing(String name, String problem) {
        return new PictureLookup(name, null, problem);
    }

    public boolean found() {
        return data != null;
    }
}
