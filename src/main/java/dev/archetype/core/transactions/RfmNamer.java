package dev.archetype.core.transactions;

import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.profile.NumberText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Names RFM archetypes as a marketer would ("Champions", "Loyal", "New", "At risk", "Lapsed"…) from where each
 * cluster's typical member sits among all customers, and says that member's figures in words ("last bought 5 days
 * ago, 12 orders, spent 3,400").
 *
 * <p>The typical member is the cluster's median on each measure (the lower middle value, so it is a figure some
 * member really has: "2 orders", never "1.5 orders"). Its position runs from 0 to 1, 1 being the good end: most
 * recent, most orders, most spent, longest a customer. Orders and spend are placed among all customers (the share
 * with less), as they have no natural scale and are heavily skewed; ties do not count, because most customers share
 * the lowest order counts, and "2 orders" should not read as frequent just because half the customers have 1 or 2. Recency and tenure are placed on
 * the calendar the data covers (days over the longest recency or tenure of any customer): otherwise a crowd of
 * long-lapsed one-time buyers would make customers who have not bought for months look recent.
 * Each name has a typical position (Champions: most recent, most orders, most spent; Lapsed: the opposite; At risk:
 * long ago but often and much…) and fits a cluster by 1 − the distance between the two (see {@link Label#fit}). Names are handed out
 * clearest match first — the cluster and name with the highest fit of all, then the highest among the rest. A name
 * fits a second cluster only when clearly best for it, and then says how that cluster differs ("Champions, fewer
 * orders"), so no two clusters share a name (an exact repeat would get " (2)"). Medians rather than means because spend is heavily skewed: one wholesaler would make a
 * whole cluster look rich. Stateless; thread safe.
 */
public final class RfmNamer {
    /**
     * The names, each with the position of its typical member (NaN: that measure does not matter for the name), in
     * the order they win a tie.
     */
    public enum Label {
        // Typical positions of a cluster's medians, which never reach the very ends the way single customers do.
        CHAMPIONS("Champions", "recent, frequent, high spend", 0.9, 0.9, 0.9, Double.NaN),
        LOYAL("Loyal", "still buying, often and much, customers for long", 0.75, 0.85, 0.8, 0.95),
        BIG_SPENDERS("Big spenders", "fairly recent, few but large orders", 0.7, 0.3, 0.95, Double.NaN),
        PROMISING("Promising", "recent, a few orders, middling spend, not new", 0.85, 0.4, 0.5, 0.5),
        NEW("New", "recent, few orders, small spend so far, customers for a short time", 0.9, 0.05, 0.35, 0.1),
        NEEDS_ATTENTION("Needs attention", "middling on every measure", 0.5, 0.5, 0.5, Double.NaN),
        ABOUT_TO_SLEEP("About to sleep", "halfway back in the period, few orders, smallish spend", 0.5, 0.15, 0.35, Double.NaN),
        AT_RISK("At risk", "not recent, but used to buy often and much", 0.3, 0.8, 0.8, Double.NaN),
        LAPSED("Lapsed", "long ago, few orders, little spend", 0.15, 0.05, 0.2, Double.NaN);

        private final String text;
        private final String meaning;
        private final double[] typical;

        Label(String text, String meaning, double recency, double frequency, double monetary, double tenure) {
            this.text = text;
            this.meaning = meaning;
            this.typical = new double[] {recency, frequency, monetary, tenure};
        }

        public String text() { return text; }

        /** What the name stands for, for tooltips and documentation. */
        public String meaning() { return meaning; }

        /**
         * 1 − the distance between a cluster's position and this name's typical one on the measures it names: the mean
         * of the mean and the largest gap, recency counting double (marketers split customers by when they last bought
         * first). The mean alone would let one measure far off pass ("New" customers who spend like the top 5%); the
         * largest alone would let one middling measure decide between two otherwise clear names.
         */
        double fit(Position p) {
            double[] at = {p.recency(), p.frequency(), p.monetary(), p.tenure()};
            double sum = 0, weights = 0, worst = 0;
            for (int i = 0; i < 4; i++) {
                if (Double.isNaN(typical[i])) continue;
                double w = i == 0 ? 2 : 1;
                double gap = Math.abs(at[i] - typical[i]);
                sum += w * gap;
                weights += w;
                worst = Math.max(worst, gap);
            }
            return 1 - (sum / weights + worst) / 2;
        }
    }

    /**
     * Where a typical member sits among all customers, each 0..1 with 1 the good end.
     *
     * @param recency   1 − days since the last purchase / the longest such time of any customer
     * @param frequency share of customers with fewer orders (not as many)
     * @param monetary  share of customers who spent less
     * @param tenure    days since the first purchase / the longest such time of any customer
     */
    public record Position(double recency, double frequency, double monetary, double tenure) { }

    /**
     * One cluster's typical member and name.
     *
     * @param name     distinct across the clusters
     * @param label    the rule the name comes from
     * @param figures  "last bought 5 days ago, 12 orders, spent 3,400"
     * @param recency  median days since the last purchase
     * @param frequency median orders
     * @param monetary median spend
     * @param tenure   median days since the first purchase
     * @param position where those medians sit among all customers
     */
    public record Segment(String name, Label label, String figures, double recency, double frequency, double monetary,
                          double tenure, Position position) { }

    private RfmNamer() { }

    /**
     * Names the clusters of an RFM table ({@link Rfm}'s columns).
     *
     * @param rfm        the table {@link Rfm#derive} made
     * @param sourceRows the table row of each clustered row
     * @param labels     the cluster of each clustered row
     * @param k          clusters
     * @throws IllegalArgumentException when the table lacks an RFM column or a cluster is empty
     */
    public static List<Segment> name(Dataset rfm, int[] sourceRows, int[] labels, int k) {
        double[][] v = new double[4][sourceRows.length];
        String[] columns = {Rfm.RECENCY, Rfm.FREQUENCY, Rfm.MONETARY, Rfm.TENURE};
        for (int m = 0; m < 4; m++) {
            if (!(rfm.require(columns[m]) instanceof NumericColumn col)) {
                throw new IllegalArgumentException("Column '" + columns[m] + "' of " + rfm.source() + " is not numeric");
            }
            for (int i = 0; i < sourceRows.length; i++) v[m][i] = col.get(sourceRows[i]);
        }
        return name(v[0], v[1], v[2], v[3], labels, k);
    }

    /**
     * Names clusters from each customer's figures.
     *
     * @param recency   days since each customer's last purchase
     * @param frequency each customer's orders
     * @param monetary  each customer's spend
     * @param tenure    days since each customer's first purchase
     * @param labels    each customer's cluster, 0..k-1
     * @throws IllegalArgumentException when the arrays differ in length or a cluster has no member
     */
    public static List<Segment> name(double[] recency, double[] frequency, double[] monetary, double[] tenure,
                                     int[] labels, int k) {
        int n = labels.length;
        if (recency.length != n || frequency.length != n || monetary.length != n || tenure.length != n) {
            throw new IllegalArgumentException("one recency, frequency, monetary value and tenure per customer");
        }
        double[] sortedF = sorted(frequency), sortedM = sorted(monetary);
        double longestR = Math.max(1, Arrays.stream(recency).max().orElse(1));
        double longestT = Math.max(1, Arrays.stream(tenure).max().orElse(1));
        double[][] medians = new double[k][];
        Position[] positions = new Position[k];
        for (int c = 0; c < k; c++) {
            double r = median(recency, labels, c), f = median(frequency, labels, c);
            double m = median(monetary, labels, c), t = median(tenure, labels, c);
            medians[c] = new double[] {r, f, m, t};
            positions[c] = new Position(1 - r / longestR, below(sortedF, f), below(sortedM, m), t / longestT);
        }
        Label[] chosen = assign(positions);
        List<String> names = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            // The cluster that fits a shared name best keeps it plain; the others say how they differ from it.
            int holder = c;
            for (int o = 0; o < k; o++) {
                if (chosen[o] == chosen[c] && chosen[o].fit(positions[o]) > chosen[holder].fit(positions[holder])) holder = o;
            }
            names.add(holder == c ? chosen[c].text() : chosen[c].text() + ", " + difference(medians[c], medians[holder]));
        }
        names = dev.archetype.core.profile.ArchetypeNamer.makeUnique(names);
        List<Segment> out = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            double[] md = medians[c];
            out.add(new Segment(names.get(c), chosen[c], figures(md[0], md[1], md[2]), md[0], md[1], md[2], md[3], positions[c]));
        }
        return out;
    }

    /** How much better an unused name must be not to give a name again (with a qualifier): a little. */
    static final double REUSE_PENALTY = 0.1;

    /**
     * Clearest match first: the highest fit of any unnamed cluster and name, until every cluster has one. A name
     * already given counts {@link #REUSE_PENALTY} less, so a second cluster of champions is named "Champions, fewer
     * orders" rather than "At risk", but a cluster that fits an unused name about as well gets that name.
     */
    static Label[] assign(Position[] positions) {
        int k = positions.length;
        Label[] chosen = new Label[k];
        boolean[] used = new boolean[Label.values().length];
        for (int round = 0; round < k; round++) {
            int bestCluster = -1;
            Label bestLabel = null;
            double best = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (chosen[c] != null) continue;
                for (Label l : Label.values()) {
                    double fit = l.fit(positions[c]) - (used[l.ordinal()] ? REUSE_PENALTY : 0);
                    if (fit > best) {
                        best = fit;
                        bestCluster = c;
                        bestLabel = l;
                    }
                }
            }
            chosen[bestCluster] = bestLabel;
            used[bestLabel.ordinal()] = true;
        }
        return chosen;
    }

    /**
     * What sets a cluster apart from the one that has its name, on the measure where their medians differ most
     * (by ratio): "fewer orders", "more recent", "higher spend".
     */
    static String difference(double[] cluster, double[] holder) {
        // Ratios with one added, so 0 days or 0 spent compare; recency is better when smaller.
        double r = Math.log((holder[0] + 1) / (cluster[0] + 1));
        double f = Math.log((cluster[1] + 1) / (holder[1] + 1));
        double m = Math.log((Math.max(0, cluster[2]) + 1) / (Math.max(0, holder[2]) + 1));
        if (Math.abs(r) >= Math.abs(f) && Math.abs(r) >= Math.abs(m)) return r >= 0 ? "more recent" : "less recent";
        if (Math.abs(f) >= Math.abs(m)) return f >= 0 ? "more orders" : "fewer orders";
        return m >= 0 ? "higher spend" : "lower spend";
    }

    /** "last bought 5 days ago, 12 orders, spent 3,400". */
    public static String figures(double recencyDays, double orders, double spent) {
        return "last bought " + count(recencyDays, "day", "days") + " ago, " + count(orders, "order", "orders")
                + ", spent " + money(spent);
    }

    private static String count(double v, String one, String many) {
        return NumberText.format(v) + " " + (v == 1 ? one : many);
    }

    /** Whole units from 10 up (nobody reads "3,412.57" as a typical spend); cents below. */
    private static String money(double v) {
        return Math.abs(v) >= 10 ? NumberText.format(Math.round(v)) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static double[] sorted(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s;
    }

    /** Share of the sorted values strictly below {@code v}. */
    static double below(double[] sorted, double v) {
        return (double) lowerBound(sorted, v) / sorted.length;
    }

    private static int lowerBound(double[] sorted, double v) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The lower middle of cluster {@code c}'s values: a value one of its members has. */
    private static double median(double[] values, int[] labels, int c) {
        int count = 0;
        for (int l : labels) if (l == c) count++;
        if (count == 0) throw new IllegalArgumentException("cluster " + (c + 1) + " has no members");
        double[] mine = new double[count];
        for (int i = 0, j = 0; i < labels.length; i++) if (labels[i] == c) mine[j++] = values[i];
        Arrays.sort(mine);
        return mine[(count - 1) / 2];
    }
}
