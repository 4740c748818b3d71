package dev.hindsight.input;

import java.time.Instant;

/**
 * A typed time placed on the time line: the instant, and what the user should be told about
 * how it was placed (moved to the next day, out of order, moved out of a daylight-saving gap).
 */
public record ResolvedTime(Instant instant, boolean rolledToNextDay, boolean beforePrevious, boolean inGap) {
    /** A short note for the user, or empty when nothing needs saying. */
    public String note() {
        StringBuilder out = new StringBuilder();
        if (rolledToNextDay) {
            out.append("taken as the next day (more than 12 hours before the row above)");
        }
        if (beforePrevious) {
            out.append(out.length() > 0 ? "; " : "").append("earlier than the row above");
        }
        if (inGap) {
            out.append(out.length() > 0 ? "; " : "")
                    .append("this time does not exist (daylight-saving change): moved to the first valid time");
        }
        return out.toString();
    }
}
