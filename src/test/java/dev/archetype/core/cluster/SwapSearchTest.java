package dev.archetype.core.cluster;

import dev.archetype.core.TestData;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The swap search leaves local optima that k-means and refinement cannot. */
class SwapSearchTest {
    private static final double[][] FOUR = {{0, 0}, {20, 0}, {0, 20}, {20, 20}};

    @Test
    void aSplitGroupAndAMergedPairAreSwappedIntoTheTrueGroups() {
        TestData.Blobs b = TestData.blobs(800, FOUR, 1.0, 5);
        FeatureMatrix m = b.matrix();
        KMeansOptions o = KMeansOptions.defaults(4).withRestarts(1);
        // two centres inside group 1, one between groups 3 and 4: a fixed point of Lloyd and of single-row moves
        double[] stuckStart = {-1, 0, 1, 0, 20, 0, 10, 20};
        Clustering stuck = KMeans.runFrom(m, stuckStart, o, ProgressListener.NONE, Cancellation.NEVER);
        Clustering truth = KMeans.runFrom(m, flat(FOUR), o, ProgressListener.NONE, Cancellation.NEVER);
        assertThat(stuck.sse()).as("the start is a genuine local optimum").isGreaterThan(truth.sse() * 2);

        SwapSearch.Outcome out = SwapSearch.search(m.data(), result(stuck), 4, 2, 50, 500, new SplittableRandom(3),
                centres -> result(KMeans.runFrom(m, centres, o, ProgressListener.NONE, Cancellation.NEVER)), Cancellation.NEVER);

        assertThat(out.improved()).isTrue();
        assertThat(out.best().sse()).isCloseTo(truth.sse(), org.assertj.core.api.Assertions.within(1e-9 * truth.sse()));
        assertThat(AdjustedRand.index(out.best().labels(), b.truth())).isEqualTo(1.0);
        assertThat(out.trials()).as("stops after its patience once nothing improves").isLessThan(500);
    }

    @Test
    void theSameSeedGivesTheSameSearch() {
        TestData.Blobs b = TestData.randomBlobs(2000, 4, 9, 2, 1.0, 17);
        FeatureMatrix m = b.matrix();
        KMeansOptions o = KMeansOptions.defaults(9).withRestarts(1);
        Clustering start = KMeans.run(m, o.withSeed(1), ProgressListener.NONE, Cancellation.NEVER);
        SwapSearch.Outcome one = SwapSearch.search(m.data(), result(start), 9, 4, 20, 200, new SplittableRandom(8),
                c -> result(KMeans.runFrom(m, c, o, ProgressListener.NONE, Cancellation.NEVER)), Cancellation.NEVER);
        SwapSearch.Outcome two = SwapSearch.search(m.data(), result(start), 9, 4, 20, 200, new SplittableRandom(8),
                c -> result(KMeans.runFrom(m, c, o.withThreads(1), ProgressListener.NONE, Cancellation.NEVER)), Cancellation.NEVER);
        assertThat(two.best().sse()).isEqualTo(one.best().sse());
        assertThat(two.trials()).isEqualTo(one.trials());
        assertThat(one.best().sse()).isLessThanOrEqualTo(start.sse());
    }

    private static Solution result(Clustering c) {
        double[] d2 = c.distances();
        for (int i = 0; i < d2.length; i++) d2[i] *= d2[i];
        return new Solution(c.labels(), c.sse(), c.iterations(), c.converged(), c.centroids(), d2);
    }

    private static double[] flat(double[][] rows) {
        double[] out = new double[rows.length * rows[0].length];
        for (int r = 0; r < rows.length; r++) System.arraycopy(rows[r], 0, out, r * rows[0].length, rows[0].length);
        return out;
    }
}
