package dev.hindsight.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What a report file was when this application last read or wrote it (size, modification
 * time, identity and a SHA-256 of the content), to notice before a save that someone else
 * changed it since: a colleague, a {@code git pull}, another window.
 *
 * <p>The check is cheap when it can be: a different size means changed; the same size, time
 * and identity mean unchanged, unless the time is too close to when the fingerprint was taken
 * to tell two writes apart (file systems keep times to 2 s at worst). Then, or when only the
 * time or identity differ (a {@code touch}, a checkout of the same content), the content is
 * hashed and compared: only a change of content counts.
 */
public final class FileFingerprint {
    /** The coarsest modification-time resolution of a common file system (FAT). */
    static final Duration GRANULARITY = Duration.ofSeconds(2);

    private final long size;
    private final Instant modified;
    private final Object fileKey;
    private final byte[] sha256;
    /** Whether a same-size write could hide behind the same modification time: then only the hash can tell. */
    private volatile boolean racy;

    private FileFingerprint(long size, Instant modified, Object fileKey, byte[] sha256, boolean racy) {
        this.size = size;
        this.modified = modified;
        this.fileKey = fileKey;
        this.sha256 = sha256;
        this.racy = racy;
    }

    /** The fingerprint of {@code file} right after this application read or wrote exactly {@code content} there. */
    public static FileFingerprint of(Path file, byte[] content) throws IOException {
        Instant now = Instant.now();
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        Instant modified = attributes.lastModifiedTime().toInstant();
        // If the file already differs from what we hold, only the hash will say so later.
        boolean racy = attributes.size() != content.length || !modified.isBefore(now.minus(GRANULARITY));
        return new FileFingerprint(content.length, modified, attributes.fileKey(), digest(content), racy);
    }

    /**
     * Like {@link #of(Path, byte[])}, but when the file cannot be looked at (gone or renamed
     * right after the read or write) a fingerprint of the content alone, whose checks hash.
     */
    static FileFingerprint ofOrContent(Path file, byte[] content) {
        try {
            return of(file, content);
        } catch (IOException e) {
            return new FileFingerprint(content.length, Instant.EPOCH, null, digest(content), true);
        }
    }

    /** The fingerprint of {@code file} as it is now, reading it to hash it. */
    public static FileFingerprint read(Path file) throws IOException {
        return of(file, Files.readAllBytes(file));
    }

    /**
     * A fingerprint kept elsewhere (a recovery file) from its {@link #size()}, {@link #modified()}
     * and {@link #sha256()}; its checks always compare content when the size matches.
     */
    public static FileFingerprint of(long size, Instant modified, String sha256) {
        return new FileFingerprint(size, modified, null, HexFormat.of().parseHex(sha256), true);
    }

    /**
     * Whether the file's content is no longer the content this fingerprint was taken of: it
     * was changed, replaced by other content, deleted or replaced by a folder.
     *
     * @throws IOException when the file exists but cannot be read to compare its content
     */
    public boolean changedOnDisk(Path file) throws IOException {
        BasicFileAttributes now;
        try {
            now = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return true;
        }
        if (!now.isRegularFile() || now.size() != size) {
            return true;
        }
        Instant nowModified = now.lastModifiedTime().toInstant();
        if (!racy && nowModified.equals(modified) && Objects.equals(now.fileKey(), fileKey)) {
            return false;
        }
        boolean changed = !Arrays.equals(hash(file), sha256);
        if (!changed && nowModified.equals(modified) && modified.isBefore(Instant.now().minus(GRANULARITY))) {
            racy = false; // any later write will now show in the modification time
        }
        return changed;
    }

    public long size() {
        return size;
    }

    public Instant modified() {
        return modified;
    }

    /** The SHA-256 of the content, in lowercase hexadecimal. */
    public String sha256() {
        return HexFormat.of().formatHex(sha256);
    }

    private static byte[] hash(Path file) throws IOException {
        MessageDigest digest = sha256Digest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return digest.digest();
    }

    private static byte[] digest(byte[] content) {
        return sha256Digest().digest(content);
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "FileFingerprint[" + size + " bytes, modified " + modified + ", sha256 " + sha256() + "]";
    }
}
