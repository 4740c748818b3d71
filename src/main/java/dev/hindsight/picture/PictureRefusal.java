package dev.hindsight.picture;

/** Why a picture was not taken into a report, in words for the user ({@link #getMessage()}). */
public final class PictureRefusal extends Exception {
    private static final long serialVersionUID = 1L;

    /** What is wrong, for code that treats some refusals differently (never the message text). */
    public enum Reason {
        /** Not a PNG, JPEG or GIF file (by its first bytes, whatever its name says). */
        NOT_A_PICTURE,
        /** Its pixels could not be decoded: a damaged file, or a kind of PNG, JPEG or GIF this version cannot read. */
        UNREADABLE,
        /** Its header says more pixels than {@link PictureLimits} allow; it was not decoded. */
        TOO_MANY_PIXELS,
        /** More than {@link PictureLimits#MAX_BYTES}: may be shrunk. */
        TOO_LARGE,
        /** The report's pictures together would pass {@link PictureLimits#BUDGET_BYTES}. */
        OVER_BUDGET;

        /** Whether a smaller copy of the same picture (fewer pixels, recompressed) may be offered instead. */
        public boolean shrinkable() {
            return this == TOO_LARGE;
        }
    }

    private final Reason reason;

    public PictureRefusal(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public PictureRefusal(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
