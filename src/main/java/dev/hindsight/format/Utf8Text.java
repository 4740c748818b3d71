package dev.hindsight.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns a file's bytes into text: strict UTF-8, a leading byte-order mark dropped, the first bad byte located. */
final class Utf8Text {
    private static final int BOM = 0xFEFF;

    private Utf8Text() {
    }

    static String decode(byte[] bytes, String source) throws ReportFormatException {
        if (looksLikeUtf16(bytes)) {
            throw new ReportFormatException(source, null, 1, 1,
                    "the file is UTF-16 (or binary), not UTF-8 text; save it as UTF-8");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw badByte(bytes, in.position(), source);
        }
        decoder.flush(out);
        out.flip();
        if (out.hasRemaining() && out.charAt(0) == BOM) {
            out.position(1);
        }
        return out.toString();
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
        return new ReportFormatException(source, null, line, column, String.format(
                "not UTF-8 text: the byte 0x%02X at offset %d cannot start or continue a character",
                bytes[offset] & 0xFF, offset));
    }

    private static boolean looksLikeUtf16(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || bytes[0] == 0 || bytes[1] == 0);
    }
}
