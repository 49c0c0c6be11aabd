package dev.archetype.core.transactions;

import dev.archetype.core.cluster.Clustering;
import dev.archetype.core.data.Dataset;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.archetype.core.transactions.Tables.categorical;
import static dev.archetype.core.transactions.Tables.ints;
import static dev.archetype.core.transactions.Tables.numbers;
import static dev.archetype.core.transactions.Tables.table;
import static dev.archetype.core.transactions.Tables.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AttributeRollupTest {
    // Offers 1..4: varietal and minimum quantity.
    private static final String[] VARIETAL = {"Pinot Noir", "Pinot Noir", "Champagne", "Malbec"};
    private static final double[] MIN_QTY = {6, 12, 72, 144};
    // Who took what: A 1,2; B 1; C 3,4; D 3. Clusters: {A, B} and {C, D}.
    private static final String[] CUSTOMER = {"A", "A", "B", "C", "C", "D"};
    private static final int[] OFFER = {1, 2, 1, 3, 4, 3};
    private static final List<String> GROUP_0 = List.of("A", "B");

    private static PivotResult pivot() {
        Double[] offers = new Double[OFFER.length];
        for (int i = 0; i < offers.length; i++) offers[i] = (double) OFFER[i];
        return TransactionPivot.pivot(table("tx", text("Customer", CUSTOMER), ints("Offer #", offers)),
                "Customer", "Offer #", PivotValue.PRESENCE);
    }

    private static ItemAttributes attributes(PivotResult p) {
        Dataset offers = table("offers", ints("Offer #", 1d, 2d, 3d, 4d), categorical("Varietal", VARIETAL),
                numbers("Minimum Qty (kg)", MIN_QTY));
        return ItemAttributes.join(p, offers, "Offer #");
    }

    private static int[] labels(PivotResult p) {
        int[] labels = new int[p.customerCount()];
        for (int r = 0; r < labels.length; r++) labels[r] = GROUP_0.contains(p.customer(r)) ? 0 : 1;
        return labels;
    }

    @Test
    void sharesAndMeansFollowFromTheRowsTheMembersBought() {
        PivotResult p = pivot();
        AttributeRollup rollup = AttributeRollup.of(p, attributes(p), labels(p), 2);

        // By hand from the fixture rows: group 0 bought rows 0..2, everyone bought all 6 rows.
        double groupPinot = 0, groupRows = 0, allPinot = 0, groupQty = 0, allQty = 0;
        for (int r = 0; r < CUSTOMER.length; r++) {
            int item = OFFER[r] - 1;
            boolean pinot = VARIETAL[item].equals("Pinot Noir");
            if (pinot) allPinot++;
            allQty += MIN_QTY[item];
            if (GROUP_0.contains(CUSTOMER[r])) {
                groupRows++;
                groupQty += MIN_QTY[item];
                if (pinot) groupPinot++;
            }
        }
        AttributeLift.Level pinot = level(rollup, 0, "Varietal", "Pinot Noir");
        assertThat(pinot.share()).isCloseTo(groupPinot / groupRows, within(1e-12));
        assertThat(pinot.overallShare()).isCloseTo(allPinot / CUSTOMER.length, within(1e-12));
        assertThat(pinot.lift()).isCloseTo((groupPinot / groupRows) / (allPinot / CUSTOMER.length), within(1e-12));

        AttributeLift.Mean qty = mean(rollup, 0, "Minimum Qty (kg)");
        assertThat(qty.mean()).isCloseTo(groupQty / groupRows, within(1e-12));
        assertThat(qty.overallMean()).isCloseTo(allQty / CUSTOMER.length, within(1e-12));
        assertThat(rollup.members(0)).isEqualTo(2);
        assertThat(pinot.describe()).isEqualTo("Varietal = Pinot Noir: 100% of this group's purchases vs 50% overall");
    }

    @Test
    void namesComeFromTheStrongestLiftsWithTheGroupsTypicalBound() {
        PivotResult p = pivot();
        AttributeRollup rollup = AttributeRollup.of(p, attributes(p), labels(p), 2);

        assertThat(rollup.name(0)).isEqualTo("Pinot Noir lovers");
        // Group 1 bought 72, 144, 72 kg minimums: at least 3 in 4 of its purchases are 72 kg or more.
        assertThat(rollup.name(1)).isEqualTo("bulk buyers (72 kg+)");
        assertThat(rollup.strongest(1, 5)).extracting(AttributeLift::attribute).contains("Minimum Qty (kg)", "Varietal");
        assertThat(rollup.strongest(1, 5)).noneMatch(l -> l instanceof AttributeLift.Level lv && lv.level().equals("Pinot Noir"));
        assertThat(rollup.describe(0).get(0)).startsWith("Varietal = Pinot Noir: 100%");
    }

    @Test
    void twoClustersWithTheSameFavouriteGetDifferentNames() {
        PivotResult p = pivot();
        // A and B each alone: both buy only Pinot Noir, so the second must fall back to its next lift.
        int[] labels = new int[p.customerCount()];
        for (int r = 0; r < labels.length; r++) labels[r] = p.customer(r).equals("A") ? 0 : p.customer(r).equals("B") ? 1 : 2;
        AttributeRollup rollup = AttributeRollup.of(p, attributes(p), labels, 3);

        assertThat(rollup.names()).doesNotHaveDuplicates().hasSize(3);
        assertThat(rollup.names()).contains("Pinot Noir lovers");
    }

    @Test
    void clusteringRowsMapBackThroughSourceRows() {
        PivotResult p = pivot();
        // Cluster only C and D (matrix rows 0, 1 → pivot rows of C and D) into one cluster.
        int c = indexOf(p, "C");
        int d = indexOf(p, "D");
        Clustering clustering = new Clustering(1, 1, new int[] {0, 0}, new double[] {0}, new int[] {2}, 0,
                new double[] {0, 0}, 1, true);
        AttributeRollup rollup = AttributeRollup.of(p, attributes(p), clustering, new int[] {c, d});

        assertThat(rollup.members(0)).isEqualTo(2);
        // Overall still counts A and B: Champagne is 2 of 6 purchases, and 2 of C and D's 3.
        AttributeLift.Level champagne = level(rollup, 0, "Varietal", "Champagne");
        assertThat(champagne.share()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(champagne.overallShare()).isCloseTo(2.0 / 6, within(1e-12));
    }

    @Test
    void gridHasOneRowPerLevelAndNumericAttributeWithEveryClustersValue() {
        PivotResult p = pivot();
        AttributeRollup rollup = AttributeRollup.of(p, attributes(p), labels(p), 2);

        List<RollupGridRow> grid = rollup.grid();
        // Three varietals and one numeric attribute.
        assertThat(grid).extracting(RollupGridRow::label).containsExactlyInAnyOrder("Varietal = Pinot Noir",
                "Varietal = Champagne", "Varietal = Malbec", "Minimum Qty (kg) (mean)");
        RollupGridRow champagne = grid.stream().filter(r -> "Champagne".equals(r.level())).findFirst().orElseThrow();
        // Group 0 (A: 1, 2; B: 1) took no Champagne; group 1 (C: 3, 4; D: 3) took offer 3 twice of 3 purchases.
        assertThat(champagne.cluster(0)).isZero();
        assertThat(champagne.cluster(1)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(champagne.overall()).isCloseTo(2.0 / 6, within(1e-12));
        RollupGridRow qty = grid.stream().filter(r -> !r.isShare()).findFirst().orElseThrow();
        assertThat(qty.cluster(1)).isCloseTo((72 + 144 + 72) / 3.0, within(1e-12));
    }

    @Test
    void jsonAddsTheRollupAndTheDraftedNameToEachArchetype() {
        PivotResult p = pivot();
        AttributeRollup rollup = AttributeRollup.of(p, attributes(p), labels(p), 2);
        com.fasterxml.jackson.databind.node.ArrayNode archetypes = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        archetypes.addObject().put("cluster", 1).put("name", "high Offer 1");
        archetypes.addObject().put("cluster", 2).put("name", "high Offer 3");

        RollupJson.addTo(archetypes, rollup, true);

        assertThat(archetypes.get(0).get("name").asText()).isEqualTo("Pinot Noir lovers");
        com.fasterxml.jackson.databind.JsonNode first = archetypes.get(0).get("attributes").get(0);
        assertThat(first.get("attribute").asText()).isEqualTo("Varietal");
        assertThat(first.get("level").asText()).isEqualTo("Pinot Noir");
        assertThat(first.get("share").asDouble()).isEqualTo(1.0);
        assertThat(first.get("overall").asDouble()).isEqualTo(0.5);
        assertThat(archetypes.get(1).get("attributes").findValuesAsText("attribute")).contains("Minimum Qty (kg)");
    }

    private static int indexOf(PivotResult p, String customer) {
        for (int r = 0; r < p.customerCount(); r++) if (p.customer(r).equals(customer)) return r;
        throw new AssertionError(customer);
    }

    private static AttributeLift.Level level(AttributeRollup r, int cluster, String attribute, String level) {
        return r.lifts(cluster).stream().filter(l -> l instanceof AttributeLift.Level lv && lv.attribute().equals(attribute)
                && lv.level().equals(level)).map(l -> (AttributeLift.Level) l).findFirst().orElseThrow();
    }

    private static AttributeLift.Mean mean(AttributeRollup r, int cluster, String attribute) {
        return r.lifts(cluster).stream().filter(l -> l instanceof AttributeLift.Mean m && m.attribute().equals(attribute))
                .map(l -> (AttributeLift.Mean) l).findFirst().orElseThrow();
    }
}
