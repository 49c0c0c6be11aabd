package dev.archetype.core.cluster;

import dev.archetype.core.TestData;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.task.Cancellation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The pruned kernels (Hamerly bounds; nearest-first scan for larger k) must reach what plain Lloyd reaches. */
class LloydKernelTest {

    @ParameterizedTest(name = "k = {0}")
    @ValueSource(ints = {3, 8, 12, 30})
    void prunedLloydEndsWhereTextbookLloydEndsFromTheSameStart(int k) {
        TestData.Blobs b = TestData.randomBlobs(6000, 6, k, 4, 1.0, k);
        FeatureMatrix m = b.matrix();
        int n = m.rows(), d = m.cols();
        double[] start = new double[k * d];
        for (int c = 0; c < k; c++) System.arraycopy(m.data(), (c * 197) % n * d, start, c * d, d);
        Clustering pruned = KMeans.lloydOnly(m, start, KMeansOptions.defaults(k).withTolerance(0).withMaxIterations(500)
                .withThreads(3), Cancellation.NEVER);
        int[] reference = textbookLloyd(m.data(), n, d, k, start);
        assertThat(AdjustedRand.index(pruned.labels(), reference)).isEqualTo(1.0);
        assertThat(pruned.converged()).isTrue();
        // and the end state is a fixed point: every row is nearest to its own centre
        for (int i = 0; i < n; i++) {
            double own = Vec.dist2(m.data(), i * d, pruned.centroids(), pruned.label(i) * d, d);
            for (int c = 0; c < k; c++) {
                assertThat(own).isLessThanOrEqualTo(Vec.dist2(m.data(), i * d, pruned.centroids(), c * d, d) + 1e-9);
            }
        }
        assertThat(pruned.sse()).isCloseTo(sse(m.data(), n, d, k, reference), within(1e-6 * pruned.sse()));
    }

    private static int[] textbookLloyd(double[] x, int n, int d, int k, double[] start) {
        double[] c = start.clone();
        int[] labels = new int[n];
        Arrays.fill(labels, -1);
        for (int it = 0; it < 500; it++) {
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                int best = 0;
                double bd = Double.POSITIVE_INFINITY;
                for (int j = 0; j < k; j++) {
                    double dd = Vec.dist2(x, i * d, c, j * d, d);
                    if (dd < bd) {
                        bd = dd;
                        best = j;
                    }
                }
                if (labels[i] != best) changed = true;
                labels[i] = best;
            }
            if (!changed) break;
            double[] sum = new double[k * d];
            int[] cnt = new int[k];
            for (int i = 0; i < n; i++) {
                cnt[labels[i]]++;
                for (int j = 0; j < d; j++) sum[labels[i] * d + j] += x[i * d + j];
            }
            for (int j = 0; j < k; j++) {
                if (cnt[j] == 0) continue;
                for (int t = 0; t < d; t++) c[j * d + t] = sum[j * d + t] / cnt[j];
            }
        }
        return labels;
    }

    private static double sse(double[] x, int n, int d, int k, int[] labels) {
        double[] sum = new double[k * d];
        int[] cnt = new int[k];
        for (int i = 0; i < n; i++) {
            cnt[labels[i]]++;
            for (int j = 0; j < d; j++) sum[labels[i] * d + j] += x[i * d + j];
        }
        double s = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double e = x[i * d + j] - sum[labels[i] * d + j] / cnt[labels[i]];
                s += e * e;
            }
        }
        return s;
    }
}
