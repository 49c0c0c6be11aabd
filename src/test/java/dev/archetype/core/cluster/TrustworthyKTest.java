package dev.archetype.core.cluster;

import dev.archetype.core.TestData;
import dev.archetype.core.analysis.Analysis;
import dev.archetype.core.analysis.AnalysisSpec;
import dev.archetype.core.analysis.OpenedData;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A recommended k you can defend: stable, no crumbs, and honest about how much structure there is. */
class TrustworthyKTest {
    private static SweepResult sweep(FeatureMatrix m) {
        return KSweep.run(m, 2, 10, KMeansOptions.defaults(2).withThreads(2), ProgressListener.NONE, Cancellation.NEVER);
    }

    @Test
    void clearGroupsGiveTheTrueKWithStrongConfidence() {
        for (int groups : new int[] {3, 5}) {
            TestData.Blobs b = TestData.randomBlobs(900, 4, groups, 10, 0.6, 11 + groups);
            SweepResult s = sweep(b.matrix());
            assertThat(s.recommendedK()).as("%d blobs", groups).isEqualTo(groups);
            assertThat(s.confidence()).as(s.confidenceReason()).isEqualTo("strong");
        }
    }

    @Test
    void uniformNoiseIsCalledWeak() {
        Random r = new Random(5);
        double[] x = new double[700 * 5];
        for (int i = 0; i < x.length; i++) x[i] = r.nextDouble();
        SweepResult s = sweep(TestData.matrix(700, 5, x));
        assertThat(s.confidence()).as(s.confidenceReason()).isEqualTo("weak");
        assertThat(s.confidenceReason()).startsWith("Weak structure: no k separates the customers better than uniform noise");
    }

    @Test
    void onRealCustomersTheRecommendedKIsStableAndHasNoCrumbs() throws Exception {
        for (String name : List.of("wholesale_customers.csv", "mall_customers.csv")) {
            Path file = TestData.SHARED.resolve(name);
            assertTrue(Files.isRegularFile(file), file + " is missing: ../shared/data must sit beside the checkout");
            AnalysisSpec spec = AnalysisSpec.of(file).withKRange(2, 10);
            OpenedData opened = Analysis.open(spec, ProgressListener.NONE, Cancellation.NEVER);
            SweepResult s = Analysis.sweep(spec, opened, 2, ProgressListener.NONE, Cancellation.NEVER).sweep();
            KResult chosen = s.result(s.recommendedK());
            assertThat(chosen.stability()).as(name + ": " + s.reason()).isGreaterThanOrEqualTo(0.6);
            assertThat(java.util.Arrays.stream(chosen.sizes()).min().orElseThrow()).as(name)
                    .isGreaterThanOrEqualTo((int) Math.ceil(0.01 * s.rows()));
            assertThat(s.confidence()).isIn("strong", "moderate", "weak");
        }
    }

    @Test
    void aKLeftOutIsNamedWithItsReason() {
        KResult crumb = new KResult(3, dummy(3), 10, 0.5, false, Double.NaN, Double.NaN, 10, 1, new int[] {98, 1, 1}, 0.9);
        KResult shaky = new KResult(2, dummy(2), 20, 0.6, false, Double.NaN, Double.NaN, 12, 1, new int[] {50, 50}, 0.4);
        KResult fine = new KResult(4, dummy(4), 8, 0.4, false, Double.NaN, Double.NaN, 9, 1, new int[] {25, 25, 25, 25}, 0.95);
        Recommendation r = Recommendation.of(List.of(shaky, crumb, fine), 200);
        assertThat(r.k()).isEqualTo(4);
        assertThat(r.reason()).contains("k = 2 (stability 0.400 is below 0.6)").contains("k = 3 (a cluster of 1 row, under 1% of the 200)");
    }

    @Test
    void aSilhouetteStillRisingAtTheEndOfTheRangeDoesNotPickTheLastK() {
        // the order-line shape: silhouette climbs to k = 6, the last k compared; Calinski–Harabasz peaks at 3
        List<KResult> rising = new java.util.ArrayList<>();
        double[] sse = {170, 140, 120, 105, 98};
        double[] sil = {0.18, 0.22, 0.23, 0.25, 0.26};
        double[] ch = {175, 187, 186, 181, 176};
        for (int i = 0; i < 5; i++) {
            int k = i + 2;
            int[] sizes = new int[k];
            java.util.Arrays.fill(sizes, 100 / k);
            rising.add(new KResult(k, dummy(k), sse[i], sil[i], false, Double.NaN, Double.NaN, ch[i], 1, sizes, 0.9));
        }
        Recommendation r = Recommendation.of(rising, 100);
        assertThat(r.k()).isEqualTo(3);
        assertThat(r.reason()).contains("The silhouette is still rising at k = 6, the end of the range, so it points to no k here");

        // with the best silhouette inside the range it votes as before
        List<KResult> peaked = new java.util.ArrayList<>();
        double[] silPeaked = {0.18, 0.22, 0.27, 0.25, 0.24};
        for (int i = 0; i < 5; i++) {
            KResult r0 = rising.get(i);
            peaked.add(new KResult(r0.k(), r0.clustering(), r0.sse(), silPeaked[i], false, Double.NaN, Double.NaN,
                    r0.calinskiHarabasz(), 1, r0.sizes(), 0.9));
        }
        Recommendation inside = Recommendation.of(peaked, 100);
        assertThat(inside.reason()).doesNotContain("still rising").contains("silhouette (0.270)");
    }

    private static Clustering dummy(int k) {
        return new Clustering(k, 1, new int[] {0}, new double[k], new int[k], 0, new double[] {0}, 1, true);
    }
}
