package dev.hindsight.input.importing;

/**
 * An image the imported document refers to ({@code ![alt](path)}): what the pictures of a report
 * are made from when the pictures feature brings it in (see {@link PictureHook}).
 */
public record ImageReference(String destination, String alt) {
    /** An image in Markdown as import reads it: group 1 the alt text as written (escaped brackets in it too), group 2 the destination. */
    static final java.util.regex.Pattern PATTERN = java.util.regex.Pattern.compile(
            "!\\[((?:\\\\.|[^\\]\\\\])*)\\]\\(\\h*<?([^)\\h>]+)>?(?:\\h+\"[^\"]*\")?\\h*\\)");

    /**
     * What stands in the report's text for an image written into the document that was not brought
     * in: its alt text (Markdown, as written) and why, if said, so that no encoded picture is left.
     */
    static String notBroughtIn(String alt, String why) {
        String said = java.util.stream.Stream.of(alt, why).filter(s -> s != null && !s.isBlank())
                .collect(java.util.stream.Collectors.joining(", "));
        return "[image not brought in" + (said.isEmpty() ? "" : ": " + said) + "]";
    }

    /** Whether it names a file beside or below the document rather than a web address or an absolute path. */
    public boolean isRelative() {
        String d = destination.strip();
        return !d.isEmpty() && !d.matches("(?i)^[a-z][a-z0-9+.-]*:.*") && !d.startsWith("/") && !d.startsWith("\\")
                && !d.startsWith("#");
    }
}
