package dev.hindsight.export;

import java.util.Locale;
import java.util.Objects;

/**
 * How to export: the page size of a PDF (the Markdown export ignores it), and whether the review
 * comments go in too (at the end; never unless asked).
 */
public record ExportOptions(PageSize pageSize, boolean comments) {
    public ExportOptions {
        Objects.requireNonNull(pageSize, "pageSize");
    }

    public ExportOptions(PageSize pageSize) {
        this(pageSize, false);
    }

    /** These options with the review comments included at the end, or not. */
    public ExportOptions withComments(boolean include) {
        return new ExportOptions(pageSize, include);
    }

    /** A4: what the command line uses, so CI output does not depend on the machine's locale. */
    public static ExportOptions defaults() {
        return new ExportOptions(PageSize.A4);
    }

    /** The application's default: the paper of the user's country. */
    public static ExportOptions forLocale(Locale locale) {
        return new ExportOptions(PageSize.forLocale(locale));
    }
}
