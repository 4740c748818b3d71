package dev.hindsight.export;

/**
 * A character of the report that no available font can show, and the field it is in, named as
 * the format names places ({@code timeline[3].text}, {@code summary.impact}, {@code title}).
 * The PDF shows U+FFFD (the replacement character) in its place.
 */
public record MissingCharacter(int codePoint, String field) {
    /** For people: {@code U+1F9D1 "🧑" in timeline[3].text}. */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "U+%04X \"%s\" in %s", codePoint, Character.toString(codePoint), field);
    }
}
