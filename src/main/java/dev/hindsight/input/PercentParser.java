package dev.hindsight.input;

import dev.hindsight.model.Percent;
import java.math.BigDecimal;

/** Reads a share of users typed as {@code 12.5}, {@code 12,5} or {@code 12.5 %}; empty means not known. */
public final class PercentParser {
    private PercentParser() {
    }

    public static ParseResult<BigDecimal> parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.endsWith("%")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        if (text.isEmpty()) {
            return ParseResult.ok(null);
        }
        if (!text.matches("\\d{1,3}([.,]\\d{1,10})?")) {
            return ParseResult.error("enter a number from 0 to 100, such as 12.5");
        }
        BigDecimal value = new BigDecimal(text.replace(',', '.'));
        if (!Percent.inRange(value)) {
            return ParseResult.error("a share of users goes from 0 to 100 %, not " + text);
        }
        return ParseResult.ok(value);
    }

    /** How a stored percentage is shown for editing. */
    public static String format(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
