package dev.hindsight.format;

/** Something a reader accepted but the user should know: a newer format version, an unknown value kept as written. */
public record FormatWarning(Kind kind, String path, String message) {
    /** What the warning is about, for code that treats some differently (never the message text). */
    public enum Kind {
        /** The file's format version is newer than this application's. */
        NEWER_VERSION,
        /** An enumeration value this version does not know, kept as written. */
        UNKNOWN_VALUE,
        /** A time zone this version does not know, kept as written. */
        UNKNOWN_TIME_ZONE,
        /** A leap second, read as the second before it. */
        LEAP_SECOND,
        /** The outage ends before it starts. */
        END_BEFORE_START,
        /** Two comments share an id. */
        DUPLICATE_ID,
        /** A picture of a media type this version does not show, kept as written. */
        UNKNOWN_MEDIA_TYPE
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
