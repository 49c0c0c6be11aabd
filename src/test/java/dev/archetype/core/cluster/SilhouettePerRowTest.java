package dev.archetype.core.cluster;

import dev.archetype.core.TestData;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SilhouettePerRowTest {
    @Test
    void eachRowGetsItsOwnWidthByHand() {
        FeatureMatrix m = TestData.matrix(new double[][] {{0}, {1}, {10}, {11}});
        Clustering c = KMeans.run(m, KMeansOptions.defaults(2).withRestarts(1), ProgressListener.NONE, Cancellation.NEVER);
        double[] s = Silhouette.perRow(m, c, Distance.EUCLIDEAN, 2);
        // a = distance to the other member of its pair; b = mean distance to the far pair
        assertThat(s[0]).isCloseTo((10.5 - 1) / 10.5, within(1e-12));
        assertThat(s[1]).isCloseTo((9.5 - 1) / 9.5, within(1e-12));
        assertThat(s[2]).isCloseTo((9.5 - 1) / 9.5, within(1e-12));
        assertThat(s[3]).isCloseTo((10.5 - 1) / 10.5, within(1e-12));
    }

    @Test
    void theirMeanIsTheSweepsSilhouette() {
        var b = TestData.randomBlobs(600, 3, 4, 10, 1, 5);
        Clustering c = KMeans.run(b.matrix(), KMeansOptions.defaults(4).withRestarts(2), ProgressListener.NONE, Cancellation.NEVER);
        double[] s = Silhouette.perRow(b.matrix(), c, Distance.EUCLIDEAN, 2);
        double mean = java.util.Arrays.stream(s).average().orElseThrow();
        double whole = Silhouette.of(b.matrix().data(), 600, 3, c.labels(), 4, 1, 2).value();
        assertThat(mean).isCloseTo(whole, within(1e-12));
    }

    @Test
    void tooManyRowsForTheExactPassIsRefused() {
        var b = TestData.randomBlobs(Silhouette.EXACT_MAX_ROWS + 1, 1, 2, 10, 1, 1);
        Clustering c = KMeans.run(b.matrix(), KMeansOptions.defaults(2).withRestarts(1), ProgressListener.NONE, Cancellation.NEVER);
        assertThatThrownBy(() -> Silhouette.perRow(b.matrix(), c, Distance.EUCLIDEAN, 2)).hasMessageContaining("at most 20000");
    }
}
