package dev.hindsight.library;

import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a file was when the library read it: size, modification time and the SHA-256 of its
 * content, and when the stamp was taken. A file whose size and time are unchanged is taken as
 * unchanged without reading it, unless its time was too close to the stamp to tell two writes
 * apart (file systems keep times to 2 s at worst); then, and when only the time differs (a
 * {@code touch}, a checkout of the same content), its content is hashed and compared.
 */
public record FileStamp(long size, long modifiedMillis, String sha256, long takenMillis) {
    private static final long GRANULARITY_MILLIS = 2000;

    /** The stamp of {@code content} just read from a file with these attributes. */
    static FileStamp of(BasicFileAttributes attributes, byte[] content, long nowMillis) {
        return new FileStamp(content.length, attributes.lastModifiedTime().toMillis(), sha256(content), nowMillis);
    }

    /** Whether the attributes alone prove the file unchanged: same size and time, and the time settled at the stamp. */
    boolean provesUnchanged(BasicFileAttributes now) {
        long modified = now.lastModifiedTime().toMillis();
        return now.size() == size && modified == modifiedMillis && modified < takenMillis - GRANULARITY_MILLIS;
    }

    /** Whether the attributes alone prove the file changed: another size. */
    boolean provesChanged(BasicFileAttributes now) {
        return now.size() != size;
    }

    /** This stamp for the same content seen again with new attributes (a touch): no need to read it again. */
    FileStamp seenAgain(BasicFileAttributes now, long nowMillis) {
        return new FileStamp(size, now.lastModifiedTime().toMillis(), sha256, nowMillis);
    }

    static String sha256(byte[] content) {
        return HexFormat.of().formatHex(digest().digest(content));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The stamp as the cache stores it. */
    String encode() {
        return size + ":" + modifiedMillis + ":" + takenMillis + ":" + sha256;
    }

    /** A stored stamp, or null when it is not one (a damaged cache: the file is read again). */
    static FileStamp decode(String text) {
        String[] parts = text == null ? new String[0] : text.split(":", 4);
        if (parts.length != 4) {
            return null;
        }
        try {
            return new FileStamp(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[3], Long.parseLong(parts[2]));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
