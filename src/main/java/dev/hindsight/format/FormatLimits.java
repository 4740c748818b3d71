package dev.hindsight.format;

/**
 * How much a report file may hold before it is refused as hostile. Each limit is well above
 * the minimum the format description promises (16 MiB, depth 100, 4 Mi characters, 100 digits);
 * together they bound the memory a read can take.
 *
 * @param maxItems      object keys plus values (objects, lists, strings, numbers, true, false,
 *                      null) in the file. An empty object costs the reader about 80 bytes of
 *                      memory however short it is written, so without this bound 64 MiB of
 *                      {@code {},} would take gigabytes; with it, a tree stays under about 200 MB.
 *                      A report with 10,000 timeline entries has about 70,000.
 * @param maxNameLength characters of one object key
 */
public record FormatLimits(long maxFileBytes, int maxDepth, int maxStringLength, int maxNumberLength,
                           int maxItems, int maxNameLength) {
    public static final FormatLimits DEFAULT = new FormatLimits(64L * 1024 * 1024, 200, 16 * 1024 * 1024, 1000,
            2_000_000, 50_000);

    /** Limits with the default number of keys and values and the default key length. */
    public FormatLimits(long maxFileBytes, int maxDepth, int maxStringLength, int maxNumberLength) {
        this(maxFileBytes, maxDepth, maxStringLength, maxNumberLength, DEFAULT.maxItems(), DEFAULT.maxNameLength());
    }
}
