package dev.archetype.core.profile;

import dev.archetype.core.cluster.Clustering;
import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.prep.EncodedFeature;
import dev.archetype.core.prep.FeatureMatrix;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CodedColumnProfileTest {
    @Test
    void aColumnOfTwoWholeNumbersReadsAsTwoLevels() {
        double[] channel = {1, 1, 1, 2, 2, 2, 2, 1};
        int[] labels = {0, 0, 0, 0, 1, 1, 1, 1};
        Dataset d = new Dataset("w.csv", List.of(new NumericColumn("Channel", ColumnType.INTEGER, channel)), List.of());
        FeatureMatrix m = new FeatureMatrix(8, 1, channel.clone(), List.of(new EncodedFeature("Channel", "Channel", null, 0, 1)),
                new int[] {0, 1, 2, 3, 4, 5, 6, 7}, List.of());
        Clustering c = new Clustering(2, 1, labels, new double[] {1.25, 1.75}, new int[] {4, 4}, 1, new double[8], 1, true);
        ClusterProfile p = ClusterProfile.of(d, m, c);
        assertThat(p.features()).extracting(FeatureContrast::name).containsExactly("Channel = 1", "Channel = 2");
        FeatureContrast two = p.features().get(1);
        assertThat(two.clusterMeans()).containsExactly(new double[] {0.25, 0.75}, within(1e-12));
        assertThat(two.pValue()).isCloseTo(new ChiSquareTest().chiSquareTest(new long[][] {{3, 1}, {1, 3}}), within(1e-12));
        assertThat(p.archetype(1).phrases()).containsExactly("Channel = 2 75% vs 50%");
        assertThat(p.names()).containsExactly("Channel 1", "Channel 2");
    }
}
