package dev.archetype.core.cluster;

import dev.archetype.core.TestData;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.prep.FeatureSpec;
import dev.archetype.core.prep.Preparer;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Default settings must reach the best known SSE (issue 3's table) within 0.1% on the wholesale customers data,
 * six spend columns z-scored with the population std. scikit-learn 1.2 with 50 restarts misses k = 2, 3, 4, 7, 8, 10.
 */
class WholesaleQualityTest {
    private static FeatureMatrix matrix;

    @BeforeAll
    static void load() throws Exception {
        Path file = TestData.SHARED.resolve("wholesale_customers.csv");
        assertTrue(Files.exists(file), "../shared/data is missing: it must sit beside the checkout");
        matrix = Preparer.prepare(TestData.readNumericCsv(file),
                FeatureSpec.of(List.of("Fresh", "Milk", "Grocery", "Frozen", "Detergents_Paper", "Delicassen")));
    }

    @ParameterizedTest(name = "k = {0}")
    @CsvSource({"2, 1953.788", "3, 1604.016", "4, 1312.502", "5, 1058.755", "6, 915.492", "7, 822.081",
            "8, 736.829", "9, 655.022", "10, 594.856"})
    void defaultSettingsReachTheBestKnownSse(int k, double bestKnown) {
        assertTrue(matrix != null);
        Clustering c = KMeans.run(matrix, KMeansOptions.defaults(k), ProgressListener.NONE, Cancellation.NEVER);
        assertThat(c.sse()).isLessThanOrEqualTo(bestKnown * 1.001);
        assertThat(c.sse()).isGreaterThan(bestKnown * 0.99);
    }
}
