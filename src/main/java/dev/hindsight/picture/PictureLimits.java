package dev.hindsight.picture;

/**
 * How large a picture may be. A picture is checked against these when it is inserted (paste,
 * drop, Insert Picture, import); a picture read from a file that breaks them is kept but never
 * decoded, and shown as a placeholder.
 */
public final class PictureLimits {
    /** Bytes of one picture: 10 MB. A larger one is refused, or offered to be shrunk below this. */
    public static final long MAX_BYTES = 10_000_000;

    /**
     * Bytes of all pictures of one report together. Stored as Base64 (4 characters for 3 bytes)
     * they take about 53 MB, which leaves about 13 MB of the 64 MiB a report file may hold
     * ({@code FormatLimits.DEFAULT}) for everything else.
     */
    public static final long BUDGET_BYTES = 40_000_000;

    /** Pixels of one side, read from the header before anything is decoded. */
    public static final int MAX_SIDE = 20_000;

    /** Pixels of one picture (width times height): 40 megapixels take 160 MB once decoded. */
    public static final long MAX_PIXELS = 40_000_000;

    private PictureLimits() {
    }
}
