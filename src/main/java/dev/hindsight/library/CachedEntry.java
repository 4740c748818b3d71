package dev.hindsight.library;

/** What a library's cache remembers of one file: its stamp, and its digest or the reason it was refused. */
record CachedEntry(FileStamp stamp, ReportDigest digest, String refusal) {
}
