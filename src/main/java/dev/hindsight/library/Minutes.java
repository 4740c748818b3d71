package dev.hindsight.library;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Durations as minutes for figures: whole when whole ({@code 12}), else to two decimals ({@code 12.5}, {@code 0.02}). */
public final class Minutes {
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private Minutes() {
    }

    public static BigDecimal of(double seconds) {
        BigDecimal minutes = BigDecimal.valueOf(seconds).divide(SIXTY, 2, RoundingMode.HALF_UP).stripTrailingZeros();
        return minutes.scale() < 0 ? minutes.setScale(0) : minutes;
    }

    /** The minutes as plain text ({@code 90}, {@code 12.5}), never in a locale's form. */
    public static String text(double seconds) {
        return of(seconds).toPlainString();
    }
}
