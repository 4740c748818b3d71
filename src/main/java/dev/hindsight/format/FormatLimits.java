package dev.hindsight.format;

/**
 * How much a report file may hold before it is refused as hostile. Each limit is well above
 * the minimum the format description promises (16 MiB, depth 100, 4 Mi characters, 100 digits).
 */
public record FormatLimits(long maxFileBytes, int maxDepth, int maxStringLength, int maxNumberLength) {
    public static final FormatLimits DEFAULT = new FormatLimits(64L * 1024 * 1024, 200, 16 * 1024 * 1024, 1000);
}
