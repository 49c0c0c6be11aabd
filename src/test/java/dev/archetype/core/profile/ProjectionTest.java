package dev.archetype.core.profile;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ProjectionTest {

    @Test
    void pointsOnALineProjectToTheirDistanceAlongIt() {
        // (t, 2t, 0): one direction of variance, first component carries all of it.
        int n = 50;
        double[] data = new double[n * 3];
        for (int i = 0; i < n; i++) {
            data[i * 3] = i;
            data[i * 3 + 1] = 2 * i;
        }
        Projection p = Projection.of(data, n, 3);
        double meanT = (n - 1) / 2.0;
        for (int i = 0; i < n; i++) {
            assertThat(p.x()[i]).isCloseTo((i - meanT) * Math.sqrt(5), within(1e-9));
            assertThat(p.y()[i]).isCloseTo(0, within(1e-9));
        }
        assertThat(p.explainedFirst()).isCloseTo(1.0, within(1e-12));
        assertThat(p.explainedSecond()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void componentsAreOrderedByVarianceAndUncorrelated() {
        Random r = new Random(7);
        int n = 2000;
        double[] data = new double[n * 2];
        for (int i = 0; i < n; i++) {
            data[i * 2] = r.nextGaussian();          // variance 1
            data[i * 2 + 1] = 3 * r.nextGaussian();  // variance 9: must become PC1
        }
        Projection p = Projection.of(data, n, 2);
        assertThat(variance(p.x())).isGreaterThan(variance(p.y()) * 5);
        assertThat(p.explainedFirst()).isBetween(0.85, 0.95);
        assertThat(Math.abs(covariance(p.x(), p.y()))).isLessThan(1e-9);
        double[] centre = p.project(new double[]{Arrays.stream(column(data, 0)).average().orElseThrow(),
                Arrays.stream(column(data, 1)).average().orElseThrow()});
        assertThat(centre[0]).isCloseTo(0, within(1e-9));
        assertThat(centre[1]).isCloseTo(0, within(1e-9));
    }

    @Test
    void signIsFixedSoTheLargestLoadingIsPositive() {
        double[] data = {0, 0, 1, 0, 2, 0, 3, 0, 4, 1e-3};
        Projection p = Projection.of(data, 5, 2);
        // first feature increases along the rows, so PC1 must increase too
        assertThat(p.x()[4]).isGreaterThan(p.x()[0]);
    }

    @Test
    void sampleRowsIsSeededDistinctAndSorted() {
        int[] a = Projection.sampleRows(100_000, 20_000, 42);
        int[] b = Projection.sampleRows(100_000, 20_000, 42);
        int[] c = Projection.sampleRows(100_000, 20_000, 43);
        assertThat(a).hasSize(20_000).isEqualTo(b).isNotEqualTo(c).isSorted();
        assertThat(Arrays.stream(a).distinct().count()).isEqualTo(20_000);
        assertThat(a[a.length - 1]).isLessThan(100_000);
        // spread over the whole range, not just the first rows
        assertThat(Arrays.stream(a).filter(i -> i >= 50_000).count()).isBetween(9_000L, 11_000L);
        assertThat(Projection.sampleRows(10, 20, 1)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    private static double[] column(double[] data, int c) {
        double[] out = new double[data.length / 2];
        for (int i = 0; i < out.length; i++) out[i] = data[i * 2 + c];
        return out;
    }

    private static double variance(double[] v) {
        return covariance(v, v);
    }

    private static double covariance(double[] a, double[] b) {
        double ma = Arrays.stream(a).average().orElseThrow(), mb = Arrays.stream(b).average().orElseThrow();
        double s = 0;
        for (int i = 0; i < a.length; i++) s += (a[i] - ma) * (b[i] - mb);
        return s / (a.length - 1);
    }
}
