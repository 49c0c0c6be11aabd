package dev.archetype.core.io;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumberParserTest {
    private final NumberParser dot = new NumberParser(false);
    private final NumberParser comma = new NumberParser(true);

    @Test
    void plainNumbers() {
        assertThat(dot.parse("42")).isEqualTo(42);
        assertThat(dot.parse("-3.25")).isEqualTo(-3.25);
        assertThat(dot.parse("1e3")).isEqualTo(1000);
        assertThat(dot.parse(".5")).isEqualTo(0.5);
        assertThat(dot.parse("0")).isEqualTo(0);
    }

    @Test
    void groupingCurrencyPercentAndAccountingNegatives() {
        assertThat(dot.parse("1,234,567.5")).isEqualTo(1234567.5);
        assertThat(dot.parse("$1,234.50")).isEqualTo(1234.5);
        assertThat(dot.parse("-$5")).isEqualTo(-5);
        assertThat(dot.parse("(120)")).isEqualTo(-120);
        assertThat(dot.parse("12%")).isEqualTo(12);
        assertThat(dot.lastPercent).isTrue();
        assertThat(dot.parse("€ 9.99")).isEqualTo(9.99);
    }

    @Test
    void decimalComma() {
        assertThat(comma.parse("1,5")).isEqualTo(1.5);
        assertThat(comma.parse("1.234,56")).isEqualTo(1234.56);
        assertThat(comma.parse("12,50 €")).isEqualTo(12.5);
        assertThat(comma.parse("1 234,5")).isEqualTo(1234.5);
    }

    @Test
    void notNumbers() {
        assertThat(dot.parse("007")).isNaN();
        assertThat(dot.parse("1,23")).as("bad grouping").isNaN();
        assertThat(dot.parse("abc")).isNaN();
        assertThat(dot.parse("NaN")).isNaN();
        assertThat(dot.parse("Infinity")).isNaN();
        assertThat(dot.parse("1.2.3")).isNaN();
        assertThat(dot.parse("12-05")).isNaN();
        assertThat(dot.parse("-")).isNaN();
        assertThat(dot.parse("$")).isNaN();
    }
}
