package dev.archetype.core.transactions;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** RfmNamer on generated customers whose recency, frequency, spend and tenure patterns are known. */
class RfmNamerTest {

    /** Customers of one known kind: ranges of days since the last purchase, orders, spend and days since the first. */
    private record Kind(int count, int[] recency, int[] orders, int[] spend, int[] tenure) { }

    /** Generated customers and the cluster (kind) of each. */
    private record Customers(double[] r, double[] f, double[] m, double[] t, int[] labels) { }

    private static Customers generate(long seed, Kind... kinds) {
        Random random = new Random(seed);
        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int k = 0; k < kinds.length; k++) {
            Kind kind = kinds[k];
            for (int i = 0; i < kind.count(); i++) {
                double recency = between(random, kind.recency());
                double tenure = Math.max(recency, between(random, kind.tenure())); // the first purchase is never after the last
                rows.add(new double[] {recency, between(random, kind.orders()), between(random, kind.spend()), tenure});
                labels.add(k);
            }
        }
        int n = rows.size();
        double[][] cols = new double[4][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < 4; j++) cols[j][i] = rows.get(i)[j];
        return new Customers(cols[0], cols[1], cols[2], cols[3], labels.stream().mapToInt(Integer::intValue).toArray());
    }

    private static int between(Random random, int[] range) {
        return range[0] + random.nextInt(range[1] - range[0] + 1);
    }

    private static int[] range(int from, int to) {
        return new int[] {from, to};
    }

    private static List<String> names(Customers c, int k) {
        return RfmNamer.name(c.r(), c.f(), c.m(), c.t(), c.labels(), k).stream().map(RfmNamer.Segment::name).toList();
    }

    private static final Kind CHAMPIONS = new Kind(60, range(1, 10), range(10, 20), range(2_000, 5_000), range(300, 365));
    private static final Kind NEW = new Kind(80, range(1, 12), range(1, 2), range(20, 150), range(1, 20));
    private static final Kind AT_RISK = new Kind(50, range(150, 250), range(8, 15), range(1_500, 4_000), range(300, 365));
    private static final Kind LAPSED = new Kind(200, range(200, 365), range(1, 2), range(10, 80), range(200, 365));

    @Test
    void fourKnownPatternsGetTheirMarketingNames() {
        Customers c = generate(1, CHAMPIONS, NEW, AT_RISK, LAPSED);
        assertThat(names(c, 4)).containsExactly("Champions", "New", "At risk", "Lapsed");
    }

    @Test
    void frequentLongStandingBigBuyersWhoStillComeSometimesAreLoyalBesideTheChampions() {
        Kind loyal = new Kind(70, range(40, 70), range(8, 14), range(1_500, 3_000), range(330, 365));
        Customers c = generate(2, CHAMPIONS, loyal, LAPSED);
        assertThat(names(c, 3)).containsExactly("Champions", "Loyal", "Lapsed");
    }

    @Test
    void fewLargeOrdersMakeBigSpenders() {
        Kind bigSpenders = new Kind(40, range(20, 60), range(1, 2), range(4_000, 9_000), range(60, 120));
        Customers c = generate(3, bigSpenders, LAPSED, CHAMPIONS);
        assertThat(names(c, 3)).containsExactly("Big spenders", "Lapsed", "Champions");
    }

    @Test
    void twoClustersOfTheSameKindShareTheNameWithWhatSetsTheSecondApart() {
        // Two groups of the same recent, frequent big buyers: both fit "Champions" far better than any other name.
        // Customers for a few months only, so "Loyal" (customers for long) fits neither.
        Kind recentChampions = new Kind(60, range(1, 10), range(10, 20), range(2_000, 5_000), range(60, 120));
        Kind moreOrders = new Kind(40, range(1, 10), range(30, 50), range(2_000, 5_000), range(60, 120));
        Customers c = generate(4, recentChampions, LAPSED, moreOrders, NEW);
        List<String> names = names(c, 4);
        assertThat(names.subList(1, 4)).containsExactly("Lapsed", "Champions", "New");
        assertThat(names.get(0)).isEqualTo("Champions, fewer orders");
    }

    @Test
    void moreClustersThanNamesStillGetDistinctNames() {
        Customers c = generate(5, CHAMPIONS, NEW, AT_RISK, LAPSED, CHAMPIONS, NEW, AT_RISK, LAPSED, CHAMPIONS, NEW);
        List<String> names = names(c, 10);
        assertThat(names).doesNotHaveDuplicates().hasSize(10);
    }

    @Test
    void theDifferenceIsTheMeasureWhoseMediansDifferMostByRatio() {
        // recency, orders, spend, tenure
        assertThat(RfmNamer.difference(new double[] {5, 5, 3_800, 20}, new double[] {4, 31, 4_100, 20})).isEqualTo("fewer orders");
        assertThat(RfmNamer.difference(new double[] {2, 3, 300, 20}, new double[] {40, 3, 350, 20})).isEqualTo("more recent");
        assertThat(RfmNamer.difference(new double[] {5, 3, 9_000, 20}, new double[] {5, 4, 900, 20})).isEqualTo("higher spend");
    }

    @Test
    void theFiguresAreTheTypicalMembersMediansInWords() {
        // Cluster 0: last purchases 2, 4, 9 days ago, 3, 5, 8 orders, spend 100, 3,400, 3,500 → medians 4, 5, 3,400.
        double[] r = {2, 9, 4, 300, 301};
        double[] f = {5, 3, 8, 1, 1};
        double[] m = {3_400, 100, 3_500, 20, 30};
        double[] t = {200, 210, 220, 300, 301};
        int[] labels = {0, 0, 0, 1, 1};
        List<RfmNamer.Segment> segments = RfmNamer.name(r, f, m, t, labels, 2);
        assertThat(segments.get(0).figures()).isEqualTo("last bought 4 days ago, 5 orders, spent 3,400");
        // With two members the lower middle is a value a member has: 300 days, 1 order, 20 spent.
        assertThat(segments.get(1).figures()).isEqualTo("last bought 300 days ago, 1 order, spent 20");
        // Recency on the calendar (4 of at most 301 days); orders among the customers (three of five have fewer than 5).
        assertThat(segments.get(0).position().recency()).isEqualTo(1 - 4 / 301.0);
        assertThat(segments.get(0).position().frequency()).isEqualTo(3 / 5.0);
    }

    @Test
    void anEmptyClusterIsRefused() {
        assertThatThrownBy(() -> RfmNamer.name(new double[] {1}, new double[] {1}, new double[] {1}, new double[] {1}, new int[] {0}, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("cluster 2 has no members");
    }
}
