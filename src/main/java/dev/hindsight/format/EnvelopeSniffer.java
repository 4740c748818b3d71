package dev.hindsight.format;

import java.nio.charset.StandardCharsets;

/**
 * Whether the first bytes of a file hold a report's envelope, {@code "format": "postmortem-report"},
 * with any white space around the colon: what {@link ReportFiles#isReport} asks before a command
 * writes a file. Read from the bytes, not from text: the envelope is ASCII, and in UTF-8 an ASCII
 * byte is always that character, never part of another, so the answer is the one a search of the
 * decoded text gives, without decoding 64 KiB of every file an export writes or is given
 * ({@code EnvelopeSnifferTest} compares the two). White space is the regular expression {@code \s}:
 * space, tab, line feed, vertical tab, form feed and carriage return.
 */
final class EnvelopeSniffer {
    private static final byte[] KEY = ("\"" + Envelope.FORMAT + "\"").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] VALUE = ("\"" + Envelope.FORMAT_NAME + "\"").getBytes(StandardCharsets.US_ASCII);

    private EnvelopeSniffer() {
    }

    /** Whether {@code head} holds the envelope. */
    static boolean hasEnvelope(byte[] head) {
        for (int at = indexOf(head, KEY, 0); at >= 0; at = indexOf(head, KEY, at + 1)) {
            int colon = skipSpace(head, at + KEY.length);
            if (colon < head.length && head[colon] == ':' && startsWith(head, skipSpace(head, colon + 1), VALUE)) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] bytes, byte[] token, int from) {
        for (int i = from; i <= bytes.length - token.length; i++) {
            if (startsWith(bytes, i, token)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] token) {
        if (at + token.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < token.length; i++) {
            if (bytes[at + i] != token[i]) {
                return false;
            }
        }
        return true;
    }

    private static int skipSpace(byte[] bytes, int at) {
        while (at < bytes.length && (bytes[at] == ' ' || bytes[at] >= '\t' && bytes[at] <= '\r')) {
            at++;
        }
        return at;
    }
}
