package dev.hindsight.picture;

/** What a picture's first bytes say: its media type and its size in pixels; nothing decoded. */
public record PictureInfo(String mediaType, int width, int height) {
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String GIF = "image/gif";

    /** The usual file name extension of the media type, without the dot. */
    public String extension() {
        return extension(mediaType);
    }

    static String extension(String mediaType) {
        switch (mediaType) {
            case PNG:
                return "png";
            case JPEG:
                return "jpg";
            case GIF:
                return "gif";
            default:
                return "bin";
        }
    }

    /** {@code PNG}, {@code JPEG}, {@code GIF}: the type as people name it. */
    public String kind() {
        return extension().equals("jpg") ? "JPEG" : extension().toUpperCase(java.util.Locale.ROOT);
    }
}
