package dev.archetype.ui.workbench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {
    @Test
    void countsGetThousandsSeparators() {
        assertThat(Formats.count(1_234_567)).isEqualTo("1,234,567");
        assertThat(Formats.count(440)).isEqualTo("440");
    }

    @Test
    void valuesGetDecimalsByMagnitude() {
        assertThat(Formats.value(12669.4)).isEqualTo("12,669");
        assertThat(Formats.value(512.34)).isEqualTo("512.3");
        assertThat(Formats.value(4.123)).isEqualTo("4.12");
        assertThat(Formats.value(0.03123)).isEqualTo("0.031");
        assertThat(Formats.value(6)).isEqualTo("6");
        assertThat(Formats.value(-0.0)).isEqualTo("0");
        assertThat(Formats.value(Double.NaN)).isEqualTo("–");
    }

    @Test
    void sharesPValuesAndAxisNumbers() {
        assertThat(Formats.percent(0.41364)).as("as the core writes shares everywhere").isEqualTo("41%");
        assertThat(Formats.percent(0.045)).isEqualTo("4.5%");
        assertThat(Formats.pValue(0.0004)).isEqualTo("< 0.001");
        assertThat(Formats.pValue(0.0423)).isEqualTo("0.042");
        assertThat(Formats.compact(1_250_000)).isEqualTo("1.2M");
        assertThat(Formats.compact(35_000)).isEqualTo("35k");
        assertThat(Formats.compact(950)).isEqualTo("950");
        assertThat(Formats.compact(0.42)).isEqualTo("0.42");
        assertThat(Formats.metric(0.12345)).isEqualTo("0.123");
    }

    @Test
    void aRowOfValuesSharesTheDecimalsOfItsReference() {
        assertThat(Formats.value(853.6, 2881)).isEqualTo("854");
        assertThat(Formats.value(3.14159, 250)).isEqualTo("3.1");
        assertThat(Formats.value(0.5, 2.5)).isEqualTo("0.50");
    }
}
