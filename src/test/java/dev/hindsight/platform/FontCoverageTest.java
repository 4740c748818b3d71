package dev.hindsight.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which characters the machine's fonts can show, as fontconfig says. */
class FontCoverageTest {
    @Test
    void readsFontconfigCharsetsOfSeveralFonts() {
        FontCoverage fonts = FontCoverage.parse("20-7e a0-17f 192\n\n4e00-9fff\n1f600 1f603-1f604\nnot-hex zz\n");
        assertThat(fonts.covers('A')).isTrue();
        assertThat(fonts.covers(0x17F)).isTrue();
        assertThat(fonts.covers(0x180)).isFalse();
        assertThat(fonts.covers(0x192)).isTrue();
        assertThat(fonts.covers(0x65B0)).isTrue();
        assertThat(fonts.covers(0x1F600)).isTrue();
        assertThat(fonts.covers(0x1F601)).isFalse();
        assertThat(fonts.covers(0x1F604)).isTrue();
        assertThat(fonts.covers(0x915)).isFalse();
        assertThat(fonts.covers(-1)).isFalse();
        assertThat(fonts.covers(0x110000)).isFalse();
    }

    @Test
    void joinersSelectorsSpacesAndLineBreaksNeedNoGlyph() {
        for (int c : new int[] {'\n', '\t', ' ', 0x3000, 0x200D, 0x200C, 0x200E, 0x202E, 0xFE0F, 0xE0101, 0xFEFF,
                0x2028, 0xAD}) {
            assertThat(FontCoverage.needsGlyph(c)).as("U+%04X", c).isFalse();
        }
        for (int c : new int[] {'a', 0x915, 0x94D, 0x65B0, 0x1F600, 0x1F3FD, 0x1F1E9, 0x0378, 0xE000}) {
            assertThat(FontCoverage.needsGlyph(c)).as("U+%04X", c).isTrue();
        }
    }

    @Test
    void thisMachinesFontsShowLatinAndNoFontHasAnUnassignedCharacter() {
        assumeTrue(System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux"));
        Optional<FontCoverage> fonts = FontCoverage.ofThisMachine();
        assumeTrue(fonts.isPresent(), "fontconfig's fc-list is not installed");
        assertThat(fonts.get().covers('A')).isTrue();
        assertThat(fonts.get().covers(0x0378)).isFalse();
    }
}
