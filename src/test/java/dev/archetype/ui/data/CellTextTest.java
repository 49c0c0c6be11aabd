package dev.archetype.ui.data;

import dev.archetype.core.data.CategoricalColumn;
import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.data.TextColumn;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

class CellTextTest {

    @Test
    void amountsKeepEveryDigitTheFileHad() {
        IntFunction<String> text = CellText.of(new NumericColumn("Amount", ColumnType.NUMERIC,
                new double[] {3202.47, 0.123456789, 1234567.891, -2.5, 1500, 0.1 + 0.2}));
        assertThat(text.apply(0)).isEqualTo("3,202.47");
        assertThat(text.apply(1)).isEqualTo("0.123456789");
        assertThat(text.apply(2)).isEqualTo("1,234,567.891");
        assertThat(text.apply(3)).isEqualTo("-2.5");
        assertThat(text.apply(4)).isEqualTo("1,500");
        assertThat(text.apply(5)).as("what the double holds").isEqualTo("0.30000000000000004");
    }

    @Test
    void yearsAreNotGroupedEvenWithoutAYearHeader() {
        IntFunction<String> text = CellText.of(new NumericColumn("Founded", ColumnType.INTEGER, new double[] {1957, Double.NaN, 2024}));
        assertThat(text.apply(0)).isEqualTo("1957");
        assertThat(text.apply(2)).isEqualTo("2024");
    }

    @Test
    void integerCodesNamedSoAreNotGroupedButCountsAre() {
        IntFunction<String> ids = CellText.of(new NumericColumn("customer_id", ColumnType.INTEGER, new double[] {1234567}));
        assertThat(ids.apply(0)).isEqualTo("1234567");
        assertThat(CellText.namesACode("Year")).isTrue();
        assertThat(CellText.namesACode("CustomerID")).isTrue();
        assertThat(CellText.namesACode("ZIP code")).isTrue();
        assertThat(CellText.namesACode("Paid")).isFalse();
        assertThat(CellText.namesACode("Identity score")).isFalse();
        IntFunction<String> counts = CellText.of(new NumericColumn("Visits", ColumnType.INTEGER, new double[] {12, 1234567}));
        assertThat(counts.apply(1)).isEqualTo("1,234,567");
    }

    @Test
    void extremeMagnitudesStillShowAllDigits() {
        assertThat(CellText.exact(1.2345678901234567e20, true)).isEqualTo("1.2345678901234567E20");
        assertThat(CellText.exact(1.5e-9, true)).isEqualTo("1.5E-9");
        assertThat(CellText.exact(-0.0, true)).isEqualTo("0");
        assertThat(CellText.exact(-1234.5, true)).isEqualTo("-1,234.5");
    }

    @Test
    void missingCellsAreNullNotEmptyText() {
        assertThat(CellText.of(new NumericColumn("Spend", ColumnType.NUMERIC, new double[] {Double.NaN})).apply(0)).isNull();
        IntFunction<String> note = CellText.of(new TextColumn("Note", ColumnType.TEXT, new String[] {null, ""}));
        assertThat(note.apply(0)).isNull();
        assertThat(note.apply(1)).isEmpty();
        IntFunction<String> region = CellText.of(new CategoricalColumn("Region",
                new int[] {CategoricalColumn.MISSING, 0}, List.of("North")));
        assertThat(region.apply(0)).isNull();
        assertThat(region.apply(1)).isEqualTo("North");
    }
}
