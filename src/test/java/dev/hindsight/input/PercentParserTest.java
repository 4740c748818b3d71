package dev.hindsight.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PercentParserTest {
    @Test
    void readsWhatPeopleType() {
        assertThat(PercentParser.parse("12.5").value()).isEqualByComparingTo("12.5");
        assertThat(PercentParser.parse("12,5 %").value()).isEqualByComparingTo("12.5");
        assertThat(PercentParser.parse("100%").value()).isEqualByComparingTo("100");
        assertThat(PercentParser.parse("0").value()).isEqualByComparingTo("0");
        assertThat(PercentParser.parse(" ").value()).isNull();
    }

    @Test
    void refusesOutsideZeroToHundredWithAReason() {
        assertThat(PercentParser.parse("150").error()).contains("a share of users goes from 0 to 100 %, not 150");
        assertThat(PercentParser.parse("-5").error()).contains("enter a number from 0 to 100, such as 12.5");
        assertThat(PercentParser.parse("half").error()).isPresent();
        assertThat(PercentParser.format(new BigDecimal("12.50").stripTrailingZeros())).isEqualTo("12.5");
    }
}
