package dev.hindsight.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Turns a file's bytes into text: strict UTF-8, a leading byte-order mark dropped, the first bad byte located. */
final class Utf8Text {
    private Utf8Text() {
    }

    static String decode(byte[] bytes, String source) throws ReportFormatException {
        if (looksLikeUtf16(bytes)) {
            throw new ReportFormatException(source, null, 1, 1,
                    "the file is UTF-16 (or binary), not UTF-8 text; save it as UTF-8");
        }
        validate(bytes, source);
        int start = hasBom(bytes) ? 3 : 0;
        return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    }

    /** Checks the bytes are strict UTF-8 through a small window, so a large file is not held twice as characters. */
    private static void validate(byte[] bytes, String source) throws ReportFormatException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer window = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, window, true);
            if (result.isError()) {
                throw badByte(bytes, in.position(), source);
            }
            window.clear();
            if (result.isUnderflow()) {
                break;
            }
        }
        window.clear();
        decoder.flush(window);
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static ReportFormatException badByte(byte[] bytes, int offset, String source) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
        return new ReportFormatException(source, null, line, column, String.format(Locale.ROOT,
                "not UTF-8 text: the byte 0x%02X at offset %d cannot start or continue a character",
                bytes[offset] & 0xFF, offset));
    }

    private static boolean looksLikeUtf16(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || bytes[0] == 0 || bytes[1] == 0);
    }
}
