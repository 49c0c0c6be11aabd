package dev.archetype.core.cluster;

import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.prep.FeatureSpec;
import dev.archetype.core.prep.Preparer;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Centres in original units: a mean that is exactly 0 reads 0, not the rounding left by undoing the scaling. */
class CentroidsTest {
    @Test
    void aFlagNoMemberHasIsZeroAndTinyRealValuesStay() {
        int n = 3000;
        SplittableRandom r = new SplittableRandom(9);
        double[] flag = new double[n], spend = new double[n], tiny = new double[n];
        for (int i = 0; i < n; i++) {
            boolean big = i % 3 == 0;
            flag[i] = big ? 1 : 0;
            spend[i] = (big ? 900 : 100) + r.nextGaussian() * 10;
            tiny[i] = (big ? 3e-7 : 1e-7) + r.nextGaussian() * 1e-9;
        }
        Dataset data = new Dataset("t.csv", List.of(new NumericColumn("flag", ColumnType.NUMERIC, flag),
                new NumericColumn("spend", ColumnType.NUMERIC, spend), new NumericColumn("tiny", ColumnType.NUMERIC, tiny)),
                List.of());
        FeatureMatrix m = Preparer.prepare(data, FeatureSpec.of(List.of("flag", "spend", "tiny")));
        Clustering c = KMeans.run(m, KMeansOptions.defaults(2).withRestarts(2), ProgressListener.NONE, Cancellation.NEVER);
        double[][] centres = Centroids.inOriginalUnits(m, c);
        int f = m.names().indexOf("flag"), s = m.names().indexOf("spend"), t = m.names().indexOf("tiny");
        int small = centres[0][s] < centres[1][s] ? 0 : 1;
        assertThat(centres[small][f]).as("%s", m.names()).isEqualTo(0.0);
        assertThat(centres[1 - small][f]).isCloseTo(1.0, within(1e-9));
        assertThat(centres[small][t]).isCloseTo(1e-7, within(1e-9));
        assertThat(centres[1 - small][t]).isCloseTo(3e-7, within(1e-9));
    }
}
