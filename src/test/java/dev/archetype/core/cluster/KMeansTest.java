package dev.archetype.core.cluster;

import dev.archetype.core.TestData;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.CancelledException;
import dev.archetype.core.task.ProgressListener;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class KMeansTest {
    private static Clustering run(FeatureMatrix m, KMeansOptions o) {
        return KMeans.run(m, o, ProgressListener.NONE, Cancellation.NEVER);
    }

    @Test
    void twoObviousGroupsOnALineAreFoundWithHandComputedCentresAndSse() {
        FeatureMatrix m = TestData.matrix(new double[][] {{0}, {1}, {2}, {10}, {11}});
        Clustering c = run(m, KMeansOptions.defaults(2).withThreads(1));
        // {0,1,2}: mean 1, SSE 2; {10,11}: mean 10.5, SSE 0.5
        assertThat(c.labels()).containsExactly(0, 0, 0, 1, 1);
        assertThat(c.centroid(0, 0)).isEqualTo(1.0);
        assertThat(c.centroid(1, 0)).isEqualTo(10.5);
        assertThat(c.sse()).isCloseTo(2.5, within(1e-12));
        assertThat(c.sizes()).containsExactly(3, 2);
        assertThat(c.distance(4)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void largestClusterIsNumberedFirst() {
        FeatureMatrix m = TestData.matrix(new double[][] {{100}, {0}, {1}, {101}, {102}, {103}, {2}});
        Clustering c = run(m, KMeansOptions.defaults(2));
        assertThat(c.sizes()).containsExactly(4, 3);
        assertThat(c.label(0)).isZero();
        assertThat(c.label(1)).isEqualTo(1);
    }

    @Test
    void wellSeparatedBlobsAreRecoveredWithAdjustedRandAbove095() {
        TestData.Blobs b = TestData.randomBlobs(3000, 5, 6, 10, 1.0, 42);
        Clustering c = run(b.matrix(), KMeansOptions.defaults(6).withRestarts(3));
        assertThat(AdjustedRand.index(c.labels(), b.truth())).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void bigDataSkipsRefiningSomeRestartsYetStaysTheSameOnAnyThreadCount() {
        // 110,000 × 10 cells: over the size where restarts that cannot win are not refined
        TestData.Blobs b = TestData.randomBlobs(110_000, 10, 8, 0.6, 1.0, 5);
        KMeansOptions o = KMeansOptions.defaults(8).withRestarts(8).withSeed(3);
        dev.archetype.core.task.Timings timings = dev.archetype.core.task.Timings.begin();
        Clustering one;
        try {
            one = run(b.matrix(), o.withThreads(1));
        } finally {
            dev.archetype.core.task.Timings.end();
        }
        assertThat(timings.count("Lloyd")).isEqualTo(8);
        assertThat(timings.count("refinement")).as("restarts that could not win were not refined").isBetween(1L, 7L);
        Clustering three = run(b.matrix(), o.withThreads(3));
        assertThat(Double.doubleToRawLongBits(three.sse())).isEqualTo(Double.doubleToRawLongBits(one.sse()));
        assertThat(three.labels()).isEqualTo(one.labels());
        // never worse than refining the best restart alone would give: its own restart run with refinement
        Clustering single = run(b.matrix(), o.withRestarts(1).withThreads(2));
        assertThat(one.sse()).isLessThanOrEqualTo(single.sse());
    }

    @Test
    void sameSeedGivesIdenticalLabelsAndBitIdenticalSseOn1And2And16Threads() {
        TestData.Blobs b = TestData.randomBlobs(30_000, 4, 5, 3, 1.0, 7);
        KMeansOptions o = KMeansOptions.defaults(5).withRestarts(2).withSeed(99);
        Clustering one = run(b.matrix(), o.withThreads(1));
        Clustering two = run(b.matrix(), o.withThreads(2));
        Clustering many = run(b.matrix(), o.withThreads(16));
        assertThat(Double.doubleToRawLongBits(two.sse())).isEqualTo(Double.doubleToRawLongBits(one.sse()));
        assertThat(Double.doubleToRawLongBits(many.sse())).isEqualTo(Double.doubleToRawLongBits(one.sse()));
        assertThat(two.labels()).isEqualTo(one.labels());
        assertThat(many.labels()).isEqualTo(one.labels());
        assertThat(many.centroids()).isEqualTo(one.centroids());
    }

    @Test
    void largeKIsAlsoBitIdenticalAcrossThreadCounts() {
        TestData.Blobs b = TestData.randomBlobs(20_000, 5, 20, 4, 1.0, 8);
        KMeansOptions o = KMeansOptions.defaults(20).withRestarts(2).withSeed(3);
        Clustering one = run(b.matrix(), o.withThreads(1));
        Clustering many = run(b.matrix(), o.withThreads(16));
        assertThat(Double.doubleToRawLongBits(many.sse())).isEqualTo(Double.doubleToRawLongBits(one.sse()));
        assertThat(many.labels()).isEqualTo(one.labels());
    }

    @Test
    void differentSeedsMayDifferButEachIsReproducible() {
        TestData.Blobs b = TestData.randomBlobs(2000, 3, 4, 2, 1.0, 3);
        KMeansOptions o = KMeansOptions.defaults(4).withRestarts(1);
        assertThat(run(b.matrix(), o.withSeed(5))).isEqualTo(run(b.matrix(), o.withSeed(5)));
    }

    @Test
    void cancellationStopsTheRun() {
        TestData.Blobs b = TestData.randomBlobs(20_000, 4, 8, 3, 1.0, 1);
        AtomicInteger polls = new AtomicInteger();
        Cancellation afterFivePolls = () -> polls.incrementAndGet() > 5;
        assertThatThrownBy(() -> KMeans.run(b.matrix(), KMeansOptions.defaults(8), ProgressListener.NONE, afterFivePolls))
                .isInstanceOf(CancelledException.class);
        assertThat(polls.get()).isEqualTo(6);
    }

    @Test
    void cancellationIsCheckedInsideKMeansPlusPlus() {
        TestData.Blobs b = TestData.randomBlobs(1000, 2, 10, 3, 1.0, 1);
        AtomicInteger polls = new AtomicInteger();
        // poll 1 is the restart check; polls 2.. come from the k-means++ steps
        Cancellation duringInit = () -> polls.incrementAndGet() > 3;
        assertThatThrownBy(() -> KMeans.run(b.matrix(), KMeansOptions.defaults(10), ProgressListener.NONE, duringInit))
                .isInstanceOf(CancelledException.class);
        assertThat(polls.get()).isEqualTo(4);
    }

    @Test
    void progressReachesOneAndNeverGoesBack() {
        TestData.Blobs b = TestData.randomBlobs(500, 2, 3, 3, 1.0, 1);
        List<Double> seen = new ArrayList<>();
        KMeans.run(b.matrix(), KMeansOptions.defaults(3).withRestarts(4), (f, msg) -> seen.add(f), Cancellation.NEVER);
        assertThat(seen).isSorted().hasSize(4);
        assertThat(seen.get(seen.size() - 1)).isEqualTo(1.0);
    }

    @Test
    void singleRowWithKOneIsItsOwnCentre() {
        Clustering c = run(TestData.matrix(new double[][] {{3, 4}}), KMeansOptions.defaults(1));
        assertThat(c.labels()).containsExactly(0);
        assertThat(c.centroids()).containsExactly(3, 4);
        assertThat(c.sse()).isZero();
    }

    @Test
    void allEqualRowsWithKTwoIsAClearError() {
        FeatureMatrix m = TestData.matrix(new double[][] {{1, 1}, {1, 1}, {1, 1}});
        assertThatThrownBy(() -> run(m, KMeansOptions.defaults(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("distinct rows (1)");
        assertThatThrownBy(() -> run(m, KMeansOptions.defaults(2).withInit(Init.RANDOM)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("distinct rows (1)");
    }

    @Test
    void allEqualRowsWithKOneHaveZeroSse() {
        Clustering c = run(TestData.matrix(new double[][] {{1, 1}, {1, 1}, {1, 1}}), KMeansOptions.defaults(1));
        assertThat(c.sse()).isZero();
        assertThat(c.sizes()).containsExactly(3);
    }

    @Test
    void kEqualToRowsPutsEveryRowAlone() {
        FeatureMatrix m = TestData.matrix(new double[][] {{0, 0}, {5, 1}, {2, 9}, {7, 7}});
        Clustering c = run(m, KMeansOptions.defaults(4));
        assertThat(c.sizes()).containsExactly(1, 1, 1, 1);
        assertThat(c.sse()).isZero();
        assertThat(c.labels()).containsExactly(0, 1, 2, 3);
    }

    @Test
    void kAboveRowsIsAClearError() {
        FeatureMatrix m = TestData.matrix(new double[][] {{0}, {1}});
        assertThatThrownBy(() -> run(m, KMeansOptions.defaults(3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k = 3").hasMessageContaining("2 rows");
    }

    @Test
    void nanInTheMatrixIsAClearErrorNamingFeatureAndRow() {
        FeatureMatrix m = TestData.matrix(new double[][] {{0, 1}, {1, Double.NaN}, {2, 2}});
        assertThatThrownBy(() -> run(m, KMeansOptions.defaults(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'f1'").hasMessageContaining("row 2");
    }

    @Test
    void constantColumnDoesNotDisturbTheClusters() {
        FeatureMatrix m = TestData.matrix(new double[][] {{0, 5}, {1, 5}, {10, 5}, {11, 5}});
        Clustering c = run(m, KMeansOptions.defaults(2));
        assertThat(c.labels()).containsExactly(0, 0, 1, 1);
        assertThat(c.sse()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void emptyClusterIsReseededWithTheFarthestRow() {
        // Starting centres 1 and 2 are both right of every row except the last, so centre 2 gets nothing at first.
        FeatureMatrix m = TestData.matrix(new double[][] {{0}, {0.1}, {0.2}, {50}});
        Clustering c = KMeans.runFrom(m, new double[] {-1, -100}, KMeansOptions.defaults(2).withThreads(1),
                ProgressListener.NONE, Cancellation.NEVER);
        assertThat(c.sizes()).containsExactly(3, 1);
        assertThat(c.labels()).containsExactly(0, 0, 0, 1);
    }

    @Test
    void refinementMovesARowLloydWouldKeep() {
        // Lloyd fixed point: {0,2} centre 1 and {3} centre 3; row 2 is nearer to 3 only by the move-aware test:
        // 2/(2-1)·1² = 2 > 1/(1+1)·1² = 0.5, so moving it lowers the SSE from 2 to 0.5.
        FeatureMatrix m = TestData.matrix(new double[][] {{0}, {2}, {3}});
        Clustering c = KMeans.runFrom(m, new double[] {1, 3}, KMeansOptions.defaults(2), ProgressListener.NONE,
                Cancellation.NEVER);
        assertThat(c.sse()).isCloseTo(0.5, within(1e-12));
        assertThat(c.labels()).containsExactly(1, 0, 0);
    }

    @Test
    void cosineGroupsRowsByDirectionNotLength() {
        FeatureMatrix m = TestData.matrix(new double[][] {{1, 0.05}, {100, 3}, {0.02, 1}, {4, 90}, {50, 1}});
        Clustering c = run(m, KMeansOptions.defaults(2).withDistance(Distance.COSINE));
        assertThat(c.labels()).containsExactly(0, 0, 1, 1, 0);
        double norm = Math.hypot(c.centroid(0, 0), c.centroid(0, 1));
        assertThat(norm).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void cosineRefusesAllZeroRow() {
        FeatureMatrix m = TestData.matrix(new double[][] {{1, 0}, {0, 0}, {0, 1}});
        assertThatThrownBy(() -> run(m, KMeansOptions.defaults(2).withDistance(Distance.COSINE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Row 2");
    }

    @Test
    void optionsRejectNonsense() {
        assertThatThrownBy(() -> KMeansOptions.defaults(0)).hasMessageContaining("k must be between 1 and 1000");
        assertThatThrownBy(() -> KMeansOptions.defaults(2).withRestarts(KMeansOptions.MAX_RESTARTS + 1)).hasMessageContaining("restarts must be between 1 and 1000");
        assertThatThrownBy(() -> KMeansOptions.defaults(2).withThreads(0)).hasMessageContaining("threads");
        assertThatThrownBy(() -> KMeansOptions.defaults(2).withTolerance(Double.NaN)).hasMessageContaining("tolerance");
    }
}
