package dev.archetype.core.cluster;

import dev.archetype.core.TestData;
import dev.archetype.core.analysis.Analysis;
import dev.archetype.core.analysis.AnalysisResult;
import dev.archetype.core.analysis.AnalysisSpec;
import dev.archetype.core.data.ColumnType;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The default restarts reach the same optimum whatever the seed; an explicit count runs exactly that many. */
class AdaptiveRestartsTest {
    private static final Path WHOLESALE = TestData.SHARED.resolve("wholesale_customers.csv");

    private static AnalysisResult wholesale(long seed, int restarts) throws Exception {
        assertTrue(Files.isRegularFile(WHOLESALE), WHOLESALE + " is missing: ../shared/data must sit beside the checkout");
        // the case: all eight columns, the codes read as numbers, k = 4
        ImportOptions asNumbers = ImportOptions.defaults().withTypeOverride("Channel", ColumnType.INTEGER)
                .withTypeOverride("Region", ColumnType.INTEGER);
        AnalysisSpec spec = AnalysisSpec.of(WHOLESALE).withImportOptions(asNumbers).withK(4).withSeed(seed).withRestarts(restarts)
                .withFeatures(List.of("Channel", "Region", "Fresh", "Milk", "Grocery", "Frozen", "Detergents_Paper", "Delicassen"));
        return Analysis.run(spec, 2, ProgressListener.NONE, Cancellation.NEVER);
    }

    @Test
    void theDefaultReachesTheSameOptimumForEverySeed() throws Exception {
        Set<Double> sse = new HashSet<>();
        for (long seed : new long[] {0, 1, 2, 3, 42}) {
            Clustering c = wholesale(seed, AnalysisSpec.AUTO_RESTARTS).clustering();
            sse.add(Math.round(c.sse() * 1e6) / 1e6);
            assertThat(c.bestFoundBy()).as("seed %d: %s", seed, c.agreement()).isGreaterThanOrEqualTo(KMeansOptions.AUTO_AGREEMENT);
            // restarts, then the swaps that confirm (or improve) their best
            assertThat(c.restarts()).isBetween(KMeans.AUTO_MIN_RESTARTS + KMeans.AUTO_SWAP_PATIENCE,
                    KMeansOptions.AUTO_RESTART_CAP + KMeans.swapCap(440, 8, 0));
        }
        assertThat(sse).as("one optimum whatever the seed").hasSize(1);
    }

    @Test
    void anExplicitCountRunsExactlyThatMany() throws Exception {
        Clustering c = wholesale(42, 7).clustering();
        assertThat(c.restarts()).isEqualTo(7);
        assertThat(c.bestFoundBy()).isBetween(1, 7);
        assertThat(c.agreement()).isEqualTo("best found by " + c.bestFoundBy() + " of 7 restarts");
    }

    @Test
    void bigDataKeepsTheEffortCap() {
        KMeansOptions auto = KMeansOptions.defaults(8).withAutoRestarts();
        assertThat(KMeans.restartCap(auto, 440, 6)).isEqualTo(KMeansOptions.AUTO_RESTART_CAP);
        assertThat(KMeans.restartCap(auto, 1_000_000, 10)).isEqualTo(10);
        assertThat(KMeans.restartCap(KMeansOptions.defaults(8).withRestarts(30), 1_000_000, 10)).isEqualTo(30);
        assertThat(KMeans.swapCap(440, 6, 50)).isEqualTo(1000);
        assertThat(KMeans.swapCap(100_000, 10, 50)).isZero();
        assertThat(KMeans.swapCap(1_000_000, 10, 10)).isZero();
    }
}
