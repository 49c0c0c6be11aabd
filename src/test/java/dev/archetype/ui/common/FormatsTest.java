package dev.archetype.ui.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {
    @Test
    void countsGetThousandsSeparators() {
        assertThat(Formats.count(1_234_567)).isEqualTo("1,234,567");
        assertThat(Formats.count(440)).isEqualTo("440");
        assertThat(Formats.count(1, "row", "rows")).isEqualTo("1 row");
        assertThat(Formats.count(2_000, "row", "rows")).isEqualTo("2,000 rows");
    }

    @Test
    void wholeNumbersStayWhole() {
        assertThat(Formats.number(12669)).isEqualTo("12,669");
        assertThat(Formats.number(-3)).isEqualTo("-3");
    }

    @Test
    void decimalsShrinkAsMagnitudeGrows() {
        assertThat(Formats.number(12345.678)).isEqualTo("12,345.7");
        assertThat(Formats.number(123.456)).isEqualTo("123.46");
        assertThat(Formats.number(3.14159)).isEqualTo("3.142");
        assertThat(Formats.number(0.123456)).isEqualTo("0.1235");
        assertThat(Formats.number(2.5)).isEqualTo("2.5");
    }

    @Test
    void extremesUseScientificNotationAndMissingIsBlank() {
        assertThat(Formats.number(0.00001234)).isEqualTo("1.234E-5");
        assertThat(Formats.number(Double.NaN)).isEmpty();
        assertThat(Formats.percent(0.125)).as("as the core writes shares everywhere").isEqualTo("13%");
    }
}
