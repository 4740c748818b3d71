package dev.hindsight.input.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The bytes of a text document (Markdown, plain text, HTML) as text, or a refusal in words:
 * empty, too large, binary (a PDF, an image, an archive). UTF-8 is read strictly; a file that is
 * not UTF-8 is read as Windows-1252, which is what Notepad and Word's "plain text" wrote for
 * years on western machines (every byte maps to a character, so nothing is lost, and the import
 * says so); UTF-16 with a byte-order mark is read as such. See docs/decisions/0020.
 */
public final class DocumentText {
    /** Ten times the longest postmortem we have seen; a 50 MB "text" is something else. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The text and how it was read, when that is worth telling ("read as Windows-1252"). */
    public record Decoded(String text, String note) {
    }

    private DocumentText() {
    }

    public static Decoded decode(byte[] bytes, String name) throws ImportRefusedException {
        checkSize(bytes.length, name, MAX_BYTES);
        String kind = binaryKind(bytes);
        if (kind != null) {
            throw new ImportRefusedException(name + " is " + kind + ", not text: import Markdown (.md), plain text "
                    + "(.txt), HTML (.html) or Word (.docx)");
        }
        Decoded decoded = charset(bytes);
        String text = decoded.text().startsWith("\uFEFF") ? decoded.text().substring(1) : decoded.text();
        if (text.isBlank()) {
            throw new ImportRefusedException(name + " is empty: there is nothing to import");
        }
        if (controlShare(text) > 0.01) {
            throw new ImportRefusedException(name + " is not text (it holds control characters that no document "
                    + "has): import Markdown, plain text, HTML or Word");
        }
        return new Decoded(text, decoded.note());
    }

    /** Refuses an empty or oversized file before it is read. */
    public static void checkSize(long size, String name, long max) throws ImportRefusedException {
        if (size == 0) {
            throw new ImportRefusedException(name + " is empty: there is nothing to import");
        }
        if (size > max) {
            throw new ImportRefusedException(String.format(Locale.ROOT, "%s is too large to be a postmortem "
                    + "(%,d bytes; at most %,d): nothing was imported", name, size, max));
        }
    }

    private static Decoded charset(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "read as UTF-16");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "read as UTF-16");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(text, null);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, WINDOWS_1252), "the file is not UTF-8: it was read as Windows-1252 "
                    + "(check accented letters and quotes)");
        }
    }

    /** What a file is, by its first bytes, when it is a known binary format or holds NUL bytes; null for text. */
    private static String binaryKind(byte[] b) {
        if (startsWith(b, "%PDF")) {
            return "a PDF";
        }
        if (startsWith(b, "PK\u0003\u0004")) {
            return "a ZIP archive (a Word document is imported from a file ending in .docx)";
        }
        if (startsWith(b, "\u0089PNG") || startsWith(b, "GIF8") || (b.length > 2 && (b[0] & 0xFF) == 0xFF
                && (b[1] & 0xFF) == 0xD8)) {
            return "an image";
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11) {
            return "an old Word or Office document (save it as .docx)";
        }
        boolean utf16 = b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
                || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
        if (!utf16) {
            int scan = Math.min(b.length, 64 * 1024);
            for (int i = 0; i < scan; i++) {
                if (b[i] == 0) {
                    return "a binary file";
                }
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] b, String magic) {
        if (b.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if ((b[i] & 0xFF) != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static double controlShare(String text) {
        int n = Math.min(text.length(), 256 * 1024);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == 0x7F) {
                control++;
            }
        }
        return n == 0 ? 0 : (double) control / n;
    }
}
