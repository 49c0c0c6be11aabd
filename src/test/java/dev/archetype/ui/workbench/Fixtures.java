package dev.archetype.ui.workbench;

import dev.archetype.core.data.CategoricalColumn;
import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.data.TextColumn;

import java.util.List;
import java.util.Random;

/** Small seeded datasets for workbench tests. */
public final class Fixtures {
    private Fixtures() { }

    /**
     * Three well-separated 2-D blobs of 40, 30 and 20 rows (centres (0,0), (10,0), (0,10), sd 0.5) plus an
     * identifier, a constant and a categorical column; "Spend" has two missing cells.
     */
    public static Dataset blobs() {
        int[] sizes = {40, 30, 20};
        double[][] centres = {{0, 0}, {10, 0}, {0, 10}};
        int n = 90;
        Random r = new Random(11);
        double[] x = new double[n], y = new double[n], one = new double[n], spend = new double[n];
        String[] ids = new String[n];
        int[] region = new int[n];
        int row = 0;
        for (int b = 0; b < 3; b++) {
            for (int i = 0; i < sizes[b]; i++, row++) {
                x[row] = centres[b][0] + 0.5 * r.nextGaussian();
                y[row] = centres[b][1] + 0.5 * r.nextGaussian();
                one[row] = 1;
                spend[row] = 100 + r.nextInt(50);
                ids[row] = "C" + (1000 + row);
                region[row] = row % 2;
            }
        }
        spend[3] = Double.NaN;
        spend[50] = Double.NaN;
        return new Dataset("blobs.csv", List.of(
                new TextColumn("Customer", ColumnType.IDENTIFIER, ids),
                new NumericColumn("X", ColumnType.NUMERIC, x),
                new NumericColumn("Y", ColumnType.NUMERIC, y),
                new NumericColumn("Spend", ColumnType.INTEGER, spend),
                new NumericColumn("One", ColumnType.CONSTANT, one),
                new CategoricalColumn("Region", region, List.of("North", "South"))), List.of());
    }

    /** 30 customers × 4 offers as 0/1 purchase flags. */
    public static Dataset purchases() {
        Random r = new Random(5);
        List<dev.archetype.core.data.Column> cols = new java.util.ArrayList<>();
        for (int o = 1; o <= 4; o++) {
            double[] v = new double[30];
            for (int i = 0; i < 30; i++) v[i] = r.nextInt(3) == 0 ? 1 : 0;
            v[o] = 1;
            cols.add(new NumericColumn("Offer " + o, ColumnType.BOOLEAN, v));
        }
        return new Dataset("offers.csv", cols, List.of());
    }
}
