package dev.hindsight.model;

import java.math.BigDecimal;

/** The share of users affected: a number from 0 to 100, compared and written without trailing zeros. */
public final class Percent {
    public static final BigDecimal MAX = BigDecimal.valueOf(100);

    private Percent() {
    }

    static BigDecimal normalize(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static boolean inRange(BigDecimal value) {
        return value.signum() >= 0 && value.compareTo(MAX) <= 0;
    }
}
