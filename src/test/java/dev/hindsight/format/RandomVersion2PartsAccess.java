package dev.hindsight.format;

/** The hash pictures in tests of other packages need, from the generator of version-2 parts. */
public final class RandomVersion2PartsAccess {
    private RandomVersion2PartsAccess() {
    }

    public static String sha256(byte[] bytes) {
        return RandomVersion2Parts.sha256(bytes);
    }
}
