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

    private static Clustering dummy(int k) {
        return new Clustering(k, 1, new int[] {0}, new double[k], new int[k], 0, new double[] {0}, 1, true);
    }
}
