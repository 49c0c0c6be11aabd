package dev.archetype.core.profile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumberTextTest {
    @Test
    void largeNumbersGetThousandsSeparatorsAndNoDecimals() {
        assertThat(NumberText.pair(36156.4, 12000.2)).containsExactly("36,156", "12,000");
        assertThat(NumberText.format(1234567.0)).isEqualTo("1,234,567");
    }

    @Test
    void smallNumbersKeepAboutThreeSignificantDigits() {
        assertThat(NumberText.format(58.44)).isEqualTo("58.4");
        assertThat(NumberText.format(6.251)).isEqualTo("6.25");
        assertThat(NumberText.format(0.03125)).isEqualTo("0.0313");
        assertThat(NumberText.pair(6, 58)).containsExactly("6", "58");
    }

    @Test
    void differentValuesNeverPrintTheSame() {
        assertThat(NumberText.pair(120.2, 120.4)).containsExactly("120.2", "120.4");
        assertThat(NumberText.percentPair(0.921, 0.9212)).containsExactly("92.10%", "92.12%");
    }

    @Test
    void percentagesAndRatios() {
        assertThat(NumberText.percent(0.92)).isEqualTo("92%");
        assertThat(NumberText.percent(0.045)).isEqualTo("4.5%");
        assertThat(NumberText.ratio(4.06)).isEqualTo("4.1×");
        assertThat(NumberText.ratio(12.4)).isEqualTo("12×");
        assertThat(NumberText.pValue(0.0004)).isEqualTo("< 0.001");
        assertThat(NumberText.format(-0.0001, 2)).isEqualTo("0.00");
    }
}
