package dev.hindsight.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PageSizeTest {
    @Test
    void letterInNorthAmericaAndAFewOthersA4Elsewhere() {
        assertThat(PageSize.forLocale(Locale.US)).isEqualTo(PageSize.LETTER);
        assertThat(PageSize.forLocale(Locale.CANADA_FRENCH)).isEqualTo(PageSize.LETTER);
        assertThat(PageSize.forLocale(new Locale("es", "MX"))).isEqualTo(PageSize.LETTER);
        assertThat(PageSize.forLocale(new Locale("fil", "PH"))).isEqualTo(PageSize.LETTER);
        assertThat(PageSize.forLocale(Locale.UK)).isEqualTo(PageSize.A4);
        assertThat(PageSize.forLocale(Locale.GERMANY)).isEqualTo(PageSize.A4);
        assertThat(PageSize.forLocale(Locale.JAPAN)).isEqualTo(PageSize.A4);
        assertThat(PageSize.forLocale(Locale.ENGLISH)).as("no country").isEqualTo(PageSize.A4);
        assertThat(ExportOptions.defaults().pageSize()).isEqualTo(PageSize.A4);
        assertThat(ExportOptions.forLocale(Locale.US).pageSize()).isEqualTo(PageSize.LETTER);
    }
}
