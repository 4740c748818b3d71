package dev.hindsight.export;

import java.util.Locale;
import java.util.Objects;

/** How to export: the page size of a PDF (the Markdown export ignores it). */
public record ExportOptions(PageSize pageSize) {
    public ExportOptions {
        Objects.requireNonNull(pageSize, "pageSize");
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
