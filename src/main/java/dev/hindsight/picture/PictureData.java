package dev.hindsight.picture;

/**
 * A picture of a report ready to show or export: its name, the bytes as inserted, and the media
 * type and pixel size read from those bytes (not from what the file claims). The pixel size is
 * within {@link PictureLimits}; whether the pixels decode is for the caller to find out, since
 * a picture from a file was never decoded by this version.
 */
public record PictureData(String name, String mediaType, int width, int height, byte[] bytes) {
    /** The usual file name extension of its media type, without the dot: {@code png}, {@code jpg}, {@code gif}. */
    public String extension() {
        return PictureInfo.extension(mediaType);
    }

    @Override
    public String toString() {
        return "PictureData[" + name + ", " + mediaType + ", " + width + "x" + height + ", " + bytes.length + " bytes]";
    }
}
