package dev.archetype.core.data;

import dev.archetype.core.analysis.Defaults;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The cached per-column figures the set-up panel reads on every change. */
class AmountSkewnessTest {
    @Test
    void skewnessIsTheThirdStandardisedMomentOfNonNegativeAmounts() {
        double[] v = {1, 1, 1, 2, 2, 3, 10, Double.NaN};
        double mean = 20 / 7.0, m2 = 0, m3 = 0;
        for (double x : v) {
            if (Double.isNaN(x)) continue;
            m2 += (x - mean) * (x - mean) / 7;
            m3 += Math.pow(x - mean, 3) / 7;
        }
        NumericColumn c = new NumericColumn("Spend", ColumnType.NUMERIC, v);
        assertThat(c.amountSkewness()).isCloseTo(m3 / Math.pow(m2, 1.5), within(1e-12));
        assertThat(c.amountSkewness()).as("cached").isEqualTo(c.amountSkewness());
        assertThat(new NumericColumn("Change", ColumnType.NUMERIC, new double[] {-1, 2, 3, 40}).amountSkewness()).isNaN();
        assertThat(new NumericColumn("Two", ColumnType.NUMERIC, new double[] {1, 2}).amountSkewness()).isNaN();
    }

    @Test
    void rowsWithMissingCountsEachRowOnceAndNoneWhenNothingIsMissing() {
        Dataset d = new Dataset("t", List.of(
                new NumericColumn("A", ColumnType.NUMERIC, new double[] {1, Double.NaN, 3, Double.NaN}),
                new NumericColumn("B", ColumnType.NUMERIC, new double[] {Double.NaN, Double.NaN, 3, 4}),
                new NumericColumn("C", ColumnType.NUMERIC, new double[] {1, 2, 3, 4})), List.of());
        Defaults.warm(d);
        assertThat(Defaults.rowsWithMissing(d, List.of("A", "B"))).isEqualTo(3);
        assertThat(Defaults.rowsWithMissing(d, List.of("A", "C"))).isEqualTo(2);
        assertThat(Defaults.rowsWithMissing(d, List.of("C"))).isZero();
    }
}
