package dev.archetype.core.transactions;

import dev.archetype.core.cluster.Distance;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.prep.FeatureSpec;
import dev.archetype.core.prep.Preparer;
import dev.archetype.core.prep.Scaling;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.archetype.core.transactions.Tables.numbers;
import static dev.archetype.core.transactions.Tables.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DistanceAdviceTest {
    // 4 customers × 5 items, 4 of 20 cells taken: 80% zeros.
    private static final Dataset SPARSE = table("pivot",
            numbers("Offer 1", 1, 0, 0, 0), numbers("Offer 2", 0, 1, 0, 0), numbers("Offer 3", 0, 0, 1, 0),
            numbers("Offer 4", 0, 0, 0, 1), numbers("Offer 5", 0, 0, 0, 0));

    @Test
    void aSparseZeroOneMatrixGetsCosineWithTheReason() {
        DistanceAdvice a = DistanceAdvice.forColumns(SPARSE, SPARSE.columnNames());

        assertThat(a.distance()).isEqualTo(Distance.COSINE);
        assertThat(a.binary()).isTrue();
        assertThat(a.zeros()).isCloseTo(16.0 / 20, within(1e-12));
        assertThat(a.reason()).contains("only 20% of the cells are 1s").contains("which ones");
    }

    @Test
    void theMatrixIsJudgedInOriginalUnitsEvenAfterScaling() {
        List<String> cols = SPARSE.columnNames().subList(0, 4);
        DistanceAdvice a = DistanceAdvice.forMatrix(Preparer.prepare(SPARSE, FeatureSpec.of(cols).withScaling(Scaling.ZSCORE)));
        assertThat(a.distance()).isEqualTo(Distance.COSINE);
        assertThat(a.zeros()).isCloseTo(12.0 / 16, within(1e-9));
    }

    @Test
    void denseMeasurementsKeepEuclidean() {
        Dataset d = table("wholesale", numbers("Fresh", 12669, 7057, 6353, 13265), numbers("Milk", 9656, 9810, 8808, 1196));
        assertThat(DistanceAdvice.forColumns(d, d.columnNames()).distance()).isEqualTo(Distance.EUCLIDEAN);
    }
}
