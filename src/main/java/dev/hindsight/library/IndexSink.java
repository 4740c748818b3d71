package dev.hindsight.library;

import java.io.IOException;

/** Where a scan records what it read: the index itself (the window) or writes held back (the command line). */
interface IndexSink {
    /** A report read, with its text when the index is to search it (else null). */
    void putReport(String key, FileStamp stamp, ReportDigest digest, ReportText text) throws IOException;

    void putRefusal(String key, FileStamp stamp, String refusal) throws IOException;

    /** A file seen again with the same content: only its stamp changes. */
    void restamp(String key, FileStamp stamp) throws IOException;

    void remove(String key) throws IOException;
}
