package dev.archetype.core.cluster;

import dev.archetype.core.TestData;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Hennig's bootstrap Jaccard per archetype: well-separated groups are stable, cuts of noise are not. */
class BootstrapStabilityTest {
    @Test
    void wellSeparatedGroupsAreEachStable() {
        TestData.Blobs b = TestData.randomBlobs(800, 3, 4, 12, 0.5, 3);
        KMeansOptions o = KMeansOptions.defaults(4).withThreads(2);
        Clustering c = KMeans.run(b.matrix(), o, ProgressListener.NONE, Cancellation.NEVER);
        double[] s = BootstrapStability.perCluster(b.matrix(), c, o, Cancellation.NEVER);
        assertThat(Arrays.stream(s).min().orElseThrow()).as(Arrays.toString(s)).isGreaterThanOrEqualTo(0.9);
        assertThat(BootstrapStability.word(s[0])).isEqualTo("stable");
    }

    @Test
    void cutsOfUniformNoiseAreNotStable() {
        Random r = new Random(9);
        double[] x = new double[900 * 4];
        for (int i = 0; i < x.length; i++) x[i] = r.nextDouble();
        var m = TestData.matrix(900, 4, x);
        KMeansOptions o = KMeansOptions.defaults(6).withThreads(2);
        Clustering c = KMeans.run(m, o, ProgressListener.NONE, Cancellation.NEVER);
        double[] s = BootstrapStability.perCluster(m, c, o, Cancellation.NEVER);
        assertThat(Arrays.stream(s).average().orElseThrow()).isLessThan(0.8);
    }

    @Test
    void theSameSeedGivesTheSameFigures() {
        TestData.Blobs b = TestData.randomBlobs(500, 3, 3, 8, 1.0, 5);
        KMeansOptions o = KMeansOptions.defaults(3).withThreads(2).withSeed(11);
        Clustering c = KMeans.run(b.matrix(), o, ProgressListener.NONE, Cancellation.NEVER);
        assertThat(BootstrapStability.perCluster(b.matrix(), c, o, Cancellation.NEVER))
                .containsExactly(BootstrapStability.perCluster(b.matrix(), c, o.withThreads(1), Cancellation.NEVER));
    }

    @Test
    void drawsClusteredSideBySideAddUpToTheFiguresOfOneThread() {
        // Overlapping groups, so each draw's Jaccards differ and an order or a draw lost would show in the last digits
        TestData.Blobs b = TestData.randomBlobs(3000, 4, 5, 3, 1.5, 21);
        KMeansOptions o = KMeansOptions.defaults(5).withSeed(4);
        Clustering c = KMeans.run(b.matrix(), o.withThreads(1), ProgressListener.NONE, Cancellation.NEVER);
        double[] one = BootstrapStability.perCluster(b.matrix(), c, o.withThreads(1), Cancellation.NEVER);
        assertThat(Arrays.stream(one).max().orElseThrow()).as(Arrays.toString(one)).isLessThan(1.0);
        for (int threads : new int[] {2, 3, 7}) {
            assertThat(BootstrapStability.perCluster(b.matrix(), c, o.withThreads(threads), Cancellation.NEVER))
                    .as("threads = %d", threads).containsExactly(one);
        }
    }

    @Test
    void aCancelledRunStopsEveryDraw() {
        TestData.Blobs b = TestData.randomBlobs(2000, 3, 4, 5, 1.0, 8);
        KMeansOptions o = KMeansOptions.defaults(4).withThreads(3);
        Clustering c = KMeans.run(b.matrix(), o, ProgressListener.NONE, Cancellation.NEVER);
        java.util.concurrent.atomic.AtomicInteger checks = new java.util.concurrent.atomic.AtomicInteger();
        Cancellation afterAFew = () -> checks.incrementAndGet() > 30;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BootstrapStability.perCluster(b.matrix(), c, o, afterAFew))
                .isInstanceOf(dev.archetype.core.task.CancelledException.class);
    }
}
