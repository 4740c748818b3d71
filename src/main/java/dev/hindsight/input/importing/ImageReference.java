package dev.hindsight.input.importing;

/**
 * An image the imported document refers to ({@code ![alt](path)}): what the pictures of a report
 * are made from when the pictures feature brings it in (see {@link PictureHook}).
 */
public record ImageReference(String destination, String alt) {
    /** An image in Markdown as import reads it: group 1 the alt text as written (escaped brackets in it too), group 2 the destination. */
    static final java.util.regex.Pattern PATTERN = java.util.regex.Pattern.compile(
            "!\\[((?:\\\\.|[^\\]\\\\])*)\\]\\(\\h*<?([^)\\h>]+)>?(?:\\h+\"[^\"]*\")?\\h*\\)");

    /** Whether it names a file beside or below the document rather than a web address or an absolute path. */
    public boolean isRelative() {
        String d = destination.strip();
        return !d.isEmpty() && !d.matches("(?i)^[a-z][a-z0-9+.-]*:.*") && !d.startsWith("/") && !d.startsWith("\\")
                && !d.startsWith("#");
    }
}
