package dev.archetype.core.cluster;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The vector kernel gives exactly the scalar distances, so labels and SSE never depend on the CPU or the JVM's options. */
class CentreDistancesTest {
    @Test
    void theBuildsTestsRunTheVectorKernel() {
        // The pom gives the tests --add-modules jdk.incubator.vector, as the command line's child JVM gets it.
        assertThat(CentreDistances.vectorInUse()).isTrue();
        assertThat(CentreDistances.of(8, 10)).isInstanceOf(VectorCentreDistances.class);
    }

    @Test
    void everyDistanceIsBitForBitTheScalarOne() {
        SplittableRandom r = new SplittableRandom(7);
        for (int k = 1; k <= 19; k++) {
            for (int d : new int[] {1, 2, 3, 7, 8, 10, 13}) {
                double[] centres = new double[k * d];
                for (int i = 0; i < centres.length; i++) centres[i] = r.nextGaussian() * Math.pow(10, r.nextInt(-3, 4));
                double[] x = new double[5 * d];
                for (int i = 0; i < x.length; i++) x[i] = r.nextGaussian() * 1e3 + (i % 3 == 0 ? 1e-9 : 0);
                CentreDistances vector = CentreDistances.of(k, d);
                CentreDistances scalar = CentreDistances.scalar(k, d);
                vector.set(centres);
                scalar.set(centres);
                assertThat(vector.width()).isGreaterThanOrEqualTo(k);
                double[] v = new double[vector.width()], v2 = new double[vector.width()], s = new double[k];
                for (int row = 0; row + 1 < 5; row++) {
                    vector.all(x, row * d, v);
                    scalar.all(x, row * d, s);
                    for (int c = 0; c < k; c++) {
                        double expected = Vec.dist2(x, row * d, centres, c * d, d);
                        assertThat(s[c]).isEqualTo(expected);
                        assertThat(Double.doubleToRawLongBits(v[c])).as("k=%d d=%d c=%d", k, d, c)
                                .isEqualTo(Double.doubleToRawLongBits(expected));
                    }
                    vector.allTwo(x, row * d, (row + 1) * d, v, v2);
                    for (int c = 0; c < k; c++) {
                        assertThat(v[c]).isEqualTo(Vec.dist2(x, row * d, centres, c * d, d));
                        assertThat(v2[c]).isEqualTo(Vec.dist2(x, (row + 1) * d, centres, c * d, d));
                    }
                }
            }
        }
    }

    @Test
    void newCentresReplaceTheOldOnes() {
        CentreDistances vector = CentreDistances.of(3, 2);
        vector.set(new double[] {0, 0, 1, 1, 2, 2});
        vector.set(new double[] {5, 5, 6, 6, 7, 7});
        double[] out = new double[vector.width()];
        vector.all(new double[] {5, 5}, 0, out);
        assertThat(out[0]).isEqualTo(0.0);
        assertThat(out[1]).isEqualTo(2.0);
        assertThat(out[2]).isEqualTo(8.0);
    }

    @Test
    void theNearestCentreAndTheTwoSmallestDistancesAreTheScalarOnesTiesIncluded() {
        SplittableRandom r = new SplittableRandom(11);
        for (int k = 1; k <= 12; k++) {
            for (int d : new int[] {1, 3, 8}) {
                // Small integer coordinates and repeated centres make ties common, as in coded data.
                double[] centres = new double[k * d];
                for (int i = 0; i < centres.length; i++) centres[i] = r.nextInt(3);
                if (k > 2) System.arraycopy(centres, 0, centres, (k - 1) * d, d);
                CentreDistances vector = CentreDistances.of(k, d);
                CentreDistances scalar = CentreDistances.scalar(k, d);
                vector.set(centres);
                scalar.set(centres);
                double[] scratch = new double[vector.width()], two = new double[2], all = new double[k], expected = new double[2];
                for (int row = 0; row < 200; row++) {
                    double[] x = new double[d];
                    for (int j = 0; j < d; j++) x[j] = r.nextInt(3);
                    scalar.all(x, 0, all);
                    int best = CentreDistances.nearestOf(all, k, expected);
                    assertThat(vector.nearest(x, 0, scratch, two)).as("k=%d d=%d", k, d).isEqualTo(best);
                    assertThat(two).containsExactly(expected);
                    assertThat(scalar.nearest(x, 0, all, two)).isEqualTo(best);
                    assertThat(two).containsExactly(expected);
                }
            }
        }
    }

    @Test
    void candidatePotentialsAreTheRowByRowSumsBitForBit() {
        SplittableRandom r = new SplittableRandom(13);
        for (int k = 1; k <= 10; k++) {
            for (int d : new int[] {1, 3, 8, 10}) {
                int n = 37;
                double[] centres = new double[k * d];
                for (int i = 0; i < centres.length; i++) centres[i] = r.nextGaussian() * Math.pow(10, r.nextInt(-2, 3));
                double[] x = new double[n * d];
                for (int i = 0; i < x.length; i++) x[i] = r.nextGaussian() * 1e2;
                double[] floor = new double[n];
                for (int i = 0; i < n; i++) floor[i] = i % 5 == 0 ? 0 : r.nextDouble() * 1e4;
                double[] expected = new double[k];
                for (int i = 3; i < 31; i++) {
                    for (int c = 0; c < k; c++) expected[c] += Math.min(floor[i], Vec.dist2(x, i * d, centres, c * d, d));
                }
                for (CentreDistances kernel : new CentreDistances[] {CentreDistances.of(k, d), CentreDistances.scalar(k, d)}) {
                    kernel.set(centres);
                    double[] out = new double[k];
                    java.util.Arrays.fill(out, -1);
                    kernel.sumOfMin(x, floor, 3, 31, new double[kernel.width()], out);
                    for (int c = 0; c < k; c++) {
                        assertThat(Double.doubleToRawLongBits(out[c])).as("%s k=%d d=%d c=%d", kernel.getClass().getSimpleName(), k, d, c)
                                .isEqualTo(Double.doubleToRawLongBits(expected[c]));
                    }
                }
            }
        }
    }

    @Test
    void aboveIsOneExactlyWhenGreaterForOrderedNonNegativeValues() {
        SplittableRandom r = new SplittableRandom(17);
        double[] special = {0.0, Double.MIN_VALUE, 1e-300, 1, Math.nextUp(1.0), 1e300, Double.MAX_VALUE, Double.POSITIVE_INFINITY};
        for (double a : special) {
            for (double b : special) {
                if (Double.isInfinite(a) && Double.isInfinite(b)) continue;
                assertThat(Vec.above(a, b)).as("%s > %s", a, b).isEqualTo(a > b ? 1 : 0);
            }
        }
        for (int t = 0; t < 100_000; t++) {
            double a = r.nextDouble() * Math.pow(10, r.nextInt(-5, 6)), b = r.nextBoolean() ? a : r.nextDouble() * Math.pow(10, r.nextInt(-5, 6));
            assertThat(Vec.above(a, b)).isEqualTo(a > b ? 1 : 0);
            assertThat(Vec.above(-a, -b)).isEqualTo(-a > -b ? 1 : 0);
        }
        // Never 0 when a > b, even for the values a bound sweep could meet at its edges (a missed row would be a wrong label)
        assertThat(Vec.above(Double.POSITIVE_INFINITY, 5)).isEqualTo(1);
        assertThat(Vec.above(Math.nextUp(0.0), 0.0)).isEqualTo(1);
    }
}
