package dev.hindsight.model;

import java.util.List;
import java.util.Objects;

/**
 * A picture stored in the report (format version 2), referred to from Markdown as
 * {@code ![alt](picture:NAME)}. The bytes are kept as Base64 text exactly as the file holds
 * them, so an unchanged picture is written back byte for byte; {@code sha256} is the hex hash
 * of the decoded bytes, which is how the same picture is stored once.
 */
public record Picture(String name, String mediaType, String sha256, int width, int height, String base64,
                      Extras extras) {
    public static final List<String> MEDIA_TYPES = List.of("image/png", "image/jpeg", "image/gif");

    public Picture {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(base64, "base64");
        Objects.requireNonNull(extras, "extras");
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("a picture's size is not negative");
        }
    }

    @Override
    public String toString() {
        return "Picture[" + name + ", " + mediaType + ", " + width + "x" + height + ", " + base64.length()
                + " Base64 characters]";
    }

    /** Where Markdown refers to this picture: {@code picture:NAME}. */
    public String reference() {
        return "picture:" + name;
    }
}
