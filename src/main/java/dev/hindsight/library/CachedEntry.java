package dev.hindsight.library;

/**
 * What a library's cache remembers of one file: its stamp, and its digest or the reason it was
 * refused; {@code searchable} when the index also holds the report's text (the command line
 * stores only digests, the window needs the text too).
 */
record CachedEntry(FileStamp stamp, ReportDigest digest, String refusal, boolean searchable) {
    /** Whether this entry serves a scan that needs the text ({@code withText}) as it is. */
    boolean serves(boolean withText) {
        return !withText || searchable || digest == null;
    }
}
