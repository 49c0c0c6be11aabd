package dev.archetype.core.cluster;

import dev.archetype.core.TestData;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KSweepTest {
    private static final double[][] THREE = {{0, 0}, {10, 0}, {5, 9}};

    @Test
    void sweepRecommendsThreeClustersForThreeBlobs() {
        FeatureMatrix m = TestData.blobs(900, THREE, 1.0, 11).matrix();
        SweepResult s = KSweep.run(m, 1, 8, KMeansOptions.defaults(1).withRestarts(4), ProgressListener.NONE, Cancellation.NEVER);
        assertThat(s.recommendedK()).isEqualTo(3);
        assertThat(s.reason()).startsWith("k = 3").contains("silhouette");
        assertThat(s.results()).extracting(KResult::k).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(s.rows()).isEqualTo(900);
    }

    @Test
    void sseNeverIncreasesWithK() {
        FeatureMatrix m = TestData.randomBlobs(2000, 4, 6, 3, 1.5, 5).matrix();
        SweepResult s = KSweep.run(m, 1, 12, KMeansOptions.defaults(1).withRestarts(1).withInit(Init.RANDOM),
                ProgressListener.NONE, Cancellation.NEVER);
        List<KResult> r = s.results();
        for (int i = 1; i < r.size(); i++) assertThat(r.get(i).sse()).isLessThanOrEqualTo(r.get(i - 1).sse());
    }

    @Test
    void indicesMatchHandComputedValuesOnFourPoints() {
        // clusters {0,1} and {10,11} on a line: centres 0.5 and 10.5
        FeatureMatrix m = TestData.matrix(new double[][] {{0}, {1}, {10}, {11}});
        SweepResult s = KSweep.run(m, 2, 2, KMeansOptions.defaults(2), ProgressListener.NONE, Cancellation.NEVER);
        KResult r = s.results().get(0);
        assertThat(r.sse()).isEqualTo(1.0);
        // silhouette of row 0: a = 1, b = (10+11)/2 = 10.5 → 9.5/10.5; row 1: a = 1, b = 9.5 → 8.5/9.5
        double expected = (9.5 / 10.5 + 8.5 / 9.5) / 2;
        assertThat(r.silhouette()).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(r.silhouetteSampled()).isFalse();
        // CH: between = 4·25 = 100, within = 1 → 100·(4−2)/(1·1) = 200
        assertThat(r.calinskiHarabasz()).isCloseTo(200, org.assertj.core.api.Assertions.within(1e-9));
        // DB: s = 0.5 each, separation 10 → 0.1
        assertThat(r.daviesBouldin()).isCloseTo(0.1, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(r.sizes()).containsExactly(2, 2);
        assertThat(r.stability()).isEqualTo(1.0);
    }

    @Test
    void kOneHasUndefinedIndices() {
        FeatureMatrix m = TestData.matrix(new double[][] {{0}, {1}, {10}});
        KResult r = KSweep.run(m, 1, 1, KMeansOptions.defaults(1), ProgressListener.NONE, Cancellation.NEVER).results().get(0);
        assertThat(r.silhouette()).isNaN();
        assertThat(r.calinskiHarabasz()).isNaN();
        assertThat(r.daviesBouldin()).isNaN();
    }

    @Test
    void largeInputsGetASampledSilhouetteWithAnInterval() {
        FeatureMatrix m = TestData.blobs(25_000, THREE, 1.0, 2).matrix();
        KResult r = KSweep.run(m, 3, 3, KMeansOptions.defaults(3).withRestarts(2), ProgressListener.NONE, Cancellation.NEVER)
                .results().get(0);
        assertThat(r.silhouetteSampled()).isTrue();
        assertThat(r.silhouetteCiLow()).isLessThan(r.silhouette());
        assertThat(r.silhouetteCiHigh()).isGreaterThan(r.silhouette());
        assertThat(r.silhouetteCiHigh() - r.silhouetteCiLow()).isLessThan(0.02);
        double exactOnSample = Silhouette.of(m.data(), m.rows(), 2, r.clustering().labels(), 3, 1, 2).value();
        assertThat(Math.abs(exactOnSample - r.silhouette())).isLessThan(0.02);
    }

    @Test
    void criteriaDisagreementIsSpelledOutAndTwoAgreeingCriteriaWin() {
        // SSE knee at 3, best silhouette at 2, best Calinski–Harabasz at 3
        List<KResult> rs = List.of(result(1, 100, Double.NaN, Double.NaN), result(2, 60, 0.70, 50),
                result(3, 20, 0.60, 90), result(4, 15, 0.50, 80), result(5, 12, 0.40, 70));
        Recommendation r = Recommendation.of(rs);
        assertThat(r.k()).isEqualTo(3);
        assertThat(r.reason()).isEqualTo("k = 3: the SSE curve bends there and it has the best Calinski–Harabasz index (90.0).");
        assertThat(r.disagree()).isTrue();
        assertThat(r.disagreement()).isEqualTo("The criteria disagree: the SSE curve bends at k = 3, "
                + "the best silhouette (0.700) is at k = 2, the best Calinski–Harabasz (90.0) is at k = 3.");
    }

    @Test
    void whenAllCriteriaDifferTheBestSilhouetteWins() {
        List<KResult> rs = List.of(result(1, 100, Double.NaN, Double.NaN), result(2, 80, 0.70, 50),
                result(3, 30, 0.60, 60), result(4, 25, 0.50, 95), result(5, 22, 0.40, 70));
        Recommendation r = Recommendation.of(rs);
        assertThat(r.k()).isEqualTo(2);
        assertThat(r.disagree()).isTrue();
        assertThat(r.disagreement()).contains("bends at k = 3").contains("silhouette (0.700) is at k = 2")
                .contains("(95.0) is at k = 4");
    }

    private static KResult result(int k, double sse, double sil, double ch) {
        int[] labels = new int[k];
        for (int i = 0; i < k; i++) labels[i] = i;
        int[] sizes = new int[k];
        java.util.Arrays.fill(sizes, 1);
        Clustering c = new Clustering(k, 1, labels, new double[k], sizes, sse, new double[k], 1, true);
        return new KResult(k, c, sse, sil, false, sil, sil, ch, 1.0, sizes, 1.0);
    }

    @Test
    void badRangesAreClearErrors() {
        FeatureMatrix m = TestData.matrix(new double[][] {{0}, {1}, {2}});
        assertThatThrownBy(() -> KSweep.run(m, 3, 2, KMeansOptions.defaults(1), ProgressListener.NONE, Cancellation.NEVER))
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> KSweep.run(m, 1, 5, KMeansOptions.defaults(1), ProgressListener.NONE, Cancellation.NEVER))
                .hasMessageContaining("k = 5");
    }

    @Test
    void adjustedRandIsOneForRenamedLabelsAndNearZeroForNoise() {
        assertThat(AdjustedRand.index(new int[] {0, 0, 1, 1, 2}, new int[] {2, 2, 0, 0, 1})).isEqualTo(1.0);
        // hand-computed: contingency [[1,1],[1,1]] → index 0, expected 2·2/6 → ARI = (0 − 2/3)/(2 − 2/3) = −0.5
        assertThat(AdjustedRand.index(new int[] {0, 0, 1, 1}, new int[] {0, 1, 0, 1}))
                .isCloseTo(-0.5, org.assertj.core.api.Assertions.within(1e-12));
    }
}
