package dev.archetype.core.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.inference.OneWayAnova;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ClusterProfileTest {
    private static final double EPS = 1e-9;
    private final ClusterProfile profile = ClusterProfile.of(ProfileFixture.dataset(), ProfileFixture.matrix(),
            ProfileFixture.clustering());

    private FeatureContrast row(String name) {
        return profile.features().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private static double populationStd(double... v) {
        return new StandardDeviation(false).evaluate(v);
    }

    @Test
    void hasOneRowPerNumericColumnAndPerOccurringLevel() {
        assertThat(profile.features()).extracting(FeatureContrast::name)
                .containsExactly("Grocery", "Fresh", "Channel = Horeca", "Channel = Retail", "PinotNoir");
        assertThat(profile.sizes()).containsExactly(5, 3);
        assertThat(profile.rows()).isEqualTo(8);
    }

    @Test
    void numericMeansAreInOriginalUnitsFromClusteredRowsSkippingMissingCells() {
        FeatureContrast grocery = row("Grocery");
        assertThat(grocery.kind()).isEqualTo(FeatureContrast.Kind.MEAN);
        assertThat(grocery.clusterMeans()).containsExactly(new double[] {30, 400}, within(EPS));
        assertThat(grocery.overall()).isCloseTo(1350 / 8.0, within(EPS));

        FeatureContrast fresh = row("Fresh");
        assertThat(fresh.clusterMeans()).containsExactly(new double[] {250, 60}, within(EPS));
        assertThat(fresh.overall()).isCloseTo(1180 / 7.0, within(EPS));
    }

    @Test
    void levelsAndFlagsAreShares() {
        assertThat(row("Channel = Retail").clusterMeans()).containsExactly(new double[] {0.2, 1.0}, within(EPS));
        assertThat(row("Channel = Retail").overall()).isCloseTo(0.5, within(EPS));
        assertThat(row("Channel = Horeca").clusterMeans()).containsExactly(new double[] {0.8, 0.0}, within(EPS));
        FeatureContrast pinot = row("PinotNoir");
        assertThat(pinot.kind()).isEqualTo(FeatureContrast.Kind.SHARE);
        assertThat(pinot.isFlag()).isTrue();
        assertThat(pinot.clusterMeans()).containsExactly(new double[] {0.2, 2 / 3.0}, within(EPS));
        assertThat(pinot.overall()).isCloseTo(0.375, within(EPS));
    }

    @Test
    void zIsDistanceFromOverallMeanInOverallStandardDeviations() {
        double std = populationStd(10, 20, 30, 40, 50, 300, 400, 500);
        FeatureContrast grocery = row("Grocery");
        assertThat(grocery.overallStd()).isCloseTo(std, within(EPS));
        assertThat(grocery.z()).containsExactly(new double[] {(30 - 168.75) / std, (400 - 168.75) / std}, within(EPS));
        assertThat(row("Channel = Retail").z()).containsExactly(new double[] {(0.2 - 0.5) / 0.5, (1.0 - 0.5) / 0.5}, within(EPS));
    }

    @Test
    void anovaMatchesCommonsMathOnTheRawGroups() {
        List<double[]> grocery = List.of(new double[] {10, 20, 30, 40, 50}, new double[] {300, 400, 500});
        FeatureContrast g = row("Grocery");
        assertThat(g.test()).isEqualTo(FeatureContrast.Test.ANOVA);
        assertThat(g.statistic()).isCloseTo(new OneWayAnova().anovaFValue(grocery), within(1e-9));
        assertThat(g.pValue()).isCloseTo(new OneWayAnova().anovaPValue(grocery), within(1e-12));

        List<double[]> fresh = List.of(new double[] {100, 200, 300, 400}, new double[] {50, 60, 70});
        assertThat(row("Fresh").pValue()).isCloseTo(new OneWayAnova().anovaPValue(fresh), within(1e-12));
        assertThat(row("Fresh").statistic()).isCloseTo(new OneWayAnova().anovaFValue(fresh), within(1e-9));
    }

    @Test
    void chiSquareMatchesCommonsMathOnTheContingencyTable() {
        long[][] channel = {{4, 1}, {0, 3}};
        assertThat(row("Channel = Retail").test()).isEqualTo(FeatureContrast.Test.CHI_SQUARE);
        assertThat(row("Channel = Retail").pValue()).isCloseTo(new ChiSquareTest().chiSquareTest(channel), within(1e-12));
        assertThat(row("Channel = Horeca").pValue()).isEqualTo(row("Channel = Retail").pValue());
        long[][] pinot = {{4, 1}, {1, 2}};
        assertThat(row("PinotNoir").pValue()).isCloseTo(new ChiSquareTest().chiSquareTest(pinot), within(1e-12));
        assertThat(row("PinotNoir").statistic()).isCloseTo(new ChiSquareTest().chiSquare(pinot), within(1e-12));
    }

    @Test
    void separationIsTheShareOfVarianceBetweenClustersAndSortsRows() {
        double ssb = 5 * Math.pow(30 - 168.75, 2) + 3 * Math.pow(400 - 168.75, 2);
        double sst = Arrays.stream(new double[] {10, 20, 30, 40, 50, 300, 400, 500}).map(v -> Math.pow(v - 168.75, 2)).sum();
        assertThat(row("Grocery").separation()).isCloseTo(ssb / sst, within(EPS));
        List<FeatureContrast> sorted = profile.bySeparation();
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(sorted.get(i - 1).separation()).isGreaterThanOrEqualTo(sorted.get(i).separation());
        }
        assertThat(sorted.get(0).name()).isEqualTo("Grocery");
    }

    @Test
    void distinctiveFeaturesAreTheStrongestThreeInWords() {
        assertThat(profile.archetype(1).phrases())
                .containsExactly("Grocery 2.4× the average", "Channel = Retail 100% vs 50%", "Fresh 60 vs 169");
        assertThat(profile.archetype(0).phrases())
                .containsExactly("Grocery 30 vs 169", "Fresh 250 vs 169", "Channel = Horeca 80% vs 50%");
    }

    @Test
    void aFlagWellAboveAverageReadsAsARatio() {
        assertThat(DistinctivePicker.phrase(row("PinotNoir"), 1)).isEqualTo("PinotNoir 1.8× the average");
        assertThat(DistinctivePicker.phrase(row("PinotNoir"), 0)).isEqualTo("PinotNoir 20% vs 38%");
    }

    @Test
    void namesAreDraftedFromTheTopFeatures() {
        assertThat(profile.names()).containsExactly("High Fresh · Low Grocery", "Retail · High Grocery");
        assertThat(profile.archetype(1).size()).isEqualTo(3);
        assertThat(profile.archetype(1).share()).isCloseTo(3 / 8.0, within(EPS));
    }

    @Test
    void userNamesOverrideDraftsAndStayUnique() {
        ClusterProfile renamed = profile.withNames(Arrays.asList("Big shops", " "));
        assertThat(renamed.names()).containsExactly("Big shops", "Retail · High Grocery");
        assertThat(profile.withNames(List.of("Same", "same")).names()).containsExactly("Same", "same (2)");
        assertThatThrownBy(() -> profile.withNames(List.of("one"))).hasMessageContaining("1 names for 2 clusters");
    }

    @Test
    void jsonNumbersClustersFromOne() {
        ArrayNode json = ArchetypesJson.toJson(profile);
        assertThat(json).hasSize(2);
        JsonNode second = json.get(1);
        assertThat(second.get("cluster").asInt()).isEqualTo(2);
        assertThat(second.get("name").asText()).isEqualTo("Retail · High Grocery");
        assertThat(second.get("size").asInt()).isEqualTo(3);
        assertThat(second.get("share").asDouble()).isEqualTo(0.375);
        assertThat(second.get("distinctive").get(0).asText()).isEqualTo("Grocery 2.4× the average");
    }

    @Test
    void mismatchedClusteringIsRefusedWithAClearMessage() {
        var c = ProfileFixture.clustering();
        var shorter = new dev.archetype.core.cluster.Clustering(2, c.dims(), new int[] {0, 1}, c.centroids(),
                new int[] {1, 1}, 0, new double[2], 1, true);
        assertThatThrownBy(() -> ClusterProfile.of(ProfileFixture.dataset(), ProfileFixture.matrix(), shorter))
                .hasMessage("The clustering has 2 labels but the feature matrix has 8 rows");
    }
}
