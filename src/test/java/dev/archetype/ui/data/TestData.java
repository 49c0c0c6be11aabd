package dev.archetype.ui.data;

import dev.archetype.core.data.CategoricalColumn;
import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.data.TextColumn;

import java.util.List;

/** Small Datasets built straight from the core columns. */
public final class TestData {
    private TestData() { }

    /** 5 customers: id, region (categorical), spend (numeric with one missing), visits (integer), vip (boolean). */
    public static Dataset customers() {
        return new Dataset("customers.csv", List.of(
                new TextColumn("Customer", ColumnType.IDENTIFIER, new String[] {"c1", "c2", "c3", "c4", "c5"}),
                new CategoricalColumn("Region", new int[] {1, 0, 1, CategoricalColumn.MISSING, 0}, List.of("North", "East")),
                new NumericColumn("Spend", ColumnType.NUMERIC, new double[] {120.5, Double.NaN, 99.25, 1500, 12}),
                new NumericColumn("Visits", ColumnType.INTEGER, new double[] {3, 1, 3, 7, 2}),
                new NumericColumn("VIP", ColumnType.BOOLEAN, new double[] {0, 0, 1, 1, 0})),
                List.of());
    }

    /** {@code n} rows with a numeric column counting down and a constant column. */
    public static Dataset countdown(int n) {
        double[] v = new double[n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = n - i;
            c[i] = 1;
        }
        return new Dataset("countdown.csv", List.of(
                new NumericColumn("Value", ColumnType.INTEGER, v),
                new NumericColumn("One", ColumnType.CONSTANT, c)), List.of());
    }
}
