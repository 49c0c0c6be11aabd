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
}
