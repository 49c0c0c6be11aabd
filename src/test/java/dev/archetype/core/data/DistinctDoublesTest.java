package dev.archetype.core.data;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The hash count agrees with counting after a sort, on the values that make counting hard. */
class DistinctDoublesTest {
    private static int bySorting(double[] values) {
        double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        int d = 0;
        for (int i = 0; i < sorted.length; i++) if (i == 0 || Double.compare(sorted[i], sorted[i - 1]) != 0) d++;
        return d;
    }

    @Test
    void agreesWithSortingOnFewManyAndAwkwardValues() {
        SplittableRandom r = new SplittableRandom(3);
        for (int distinct : new int[] {1, 2, 7, 500, 5_000, 200_000}) {
            double[] v = new double[300_000];
            for (int i = 0; i < v.length; i++) v[i] = r.nextInt(distinct) / 8.0 - distinct / 16.0;
            for (int i = 0; i < v.length; i += 97) v[i] = Double.NaN;
            v[1] = -0.0;
            v[2] = 0.0;
            v[3] = Double.MAX_VALUE;
            v[4] = -Double.MIN_VALUE;
            v[5] = Double.longBitsToDouble(0x7ff8000000000001L); // a NaN of another bit pattern
            assertThat(DistinctDoubles.count(v)).as("%d drawn values", distinct).isEqualTo(bySorting(v));
        }
    }

    @Test
    void emptyAndAllMissingHaveNone() {
        assertThat(DistinctDoubles.count(new double[0])).isZero();
        assertThat(DistinctDoubles.count(new double[] {Double.NaN, Double.NaN})).isZero();
        assertThat(new NumericColumn("x", ColumnType.NUMERIC, new double[] {1, 1, 2, Double.NaN, -0.0, 0.0}).distinctCount())
                .isEqualTo(4);
    }
}
