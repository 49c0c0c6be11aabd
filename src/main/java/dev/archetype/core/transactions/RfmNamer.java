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
 * member really has: "2 orders", never "1.5 orders"). Its position is the share of all customers below it (ties
 * count half), turned so that 1 is always the good end: most recent, most orders, most spent, longest a customer.
 * Each name has a fit in 0..1 from those positions (the weakest condition decides, so "Champions" needs all three
 * of recent, frequent and high spend). Names are handed out clearest match first — the cluster and name with the
 * highest fit of all, then the highest among the rest — so no two clusters share a name; past the seven names,
 * repeats get " (2)". Medians rather than means because spend is heavily skewed: one wholesaler would make a
 * whole cluster look rich. Stateless; thread safe.
 */
public final class RfmNamer {
    /** The names in the order they win a tie. */
    public enum Label {
        CHAMPIONS("Champions", "recent, frequent, high spend"),
        LOYAL("Loyal", "frequent, high spend, customers for long"),
        BIG_SPENDERS("Big spenders", "high spend in few orders"),
        NEW("New", "recent, few orders, customers for a short time"),
        AT_RISK("At risk", "not recent, but used to buy often or much"),
        LAPSED("Lapsed", "long ago, few orders, little spend"),
        NEEDS_ATTENTION("Needs attention", "middling on every measure");

        private final String text;
        private final String meaning;

        Label(String text, String meaning) {
            this.text = text;
            this.meaning = meaning;
        }

        public String text() { return text; }

        /** What the name stands for, for tooltips and documentation. */
        public String meaning() { return meaning; }

        /** How well a typical member at these positions (1 = most recent, most orders, most spent, longest) fits. */
        double fit(Position p) {
            return switch (this) {
                case CHAMPIONS -> min(p.recency(), p.frequency(), p.monetary());
                case LOYAL -> min(p.frequency(), p.monetary(), p.tenure());
                case BIG_SPENDERS -> min(p.monetary(), 1 - p.frequency());
                case NEW -> min(p.recency(), 1 - p.frequency(), 1 - p.tenure());
                case AT_RISK -> min(1 - p.recency(), Math.max(p.frequency(), p.monetary()));
                case LAPSED -> min(1 - p.recency(), 1 - p.frequency(), 1 - p.monetary());
                case NEEDS_ATTENTION -> 1 - 2 * Math.max(Math.abs(p.recency() - 0.5),
                        Math.max(Math.abs(p.frequency() - 0.5), Math.abs(p.monetary() - 0.5)));
            };
        }

        private static double min(double... v) {
            return Arrays.stream(v).min().orElse(0);
        }
    }

    /**
     * Where a typical member sits among all customers, each 0..1 with 1 the good end.
     *
     * @param recency   share of customers who bought longer ago
     * @param frequency share with fewer orders
     * @param monetary  share who spent less
     * @param tenure    share who became customers more recently (a shorter tenure)
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
        double[] sortedR = sorted(recency), sortedF = sorted(frequency), sortedM = sorted(monetary), sortedT = sorted(tenure);
        double[][] medians = new double[k][];
        Position[] positions = new Position[k];
        for (int c = 0; c < k; c++) {
            double r = median(recency, labels, c), f = median(frequency, labels, c);
            double m = median(monetary, labels, c), t = median(tenure, labels, c);
            medians[c] = new double[] {r, f, m, t};
            // Fewer days since the last purchase is better, so recency counts those who bought longer ago.
            positions[c] = new Position(1 - below(sortedR, r), below(sortedF, f), below(sortedM, m), below(sortedT, t));
        }
        Label[] chosen = assign(positions);
        List<String> names = new ArrayList<>(k);
        for (Label l : chosen) names.add(l.text());
        names = dev.archetype.core.profile.ArchetypeNamer.makeUnique(names);
        List<Segment> out = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            double[] md = medians[c];
            out.add(new Segment(names.get(c), chosen[c], figures(md[0], md[1], md[2]), md[0], md[1], md[2], md[3], positions[c]));
        }
        return out;
    }

    /** Clearest match first: the highest fit of any unnamed cluster and unused name, until every cluster has one. */
    static Label[] assign(Position[] positions) {
        int k = positions.length;
        Label[] chosen = new Label[k];
        boolean[] used = new boolean[Label.values().length];
        for (int round = 0; round < k; round++) {
            int bestCluster = -1;
            Label bestLabel = null;
            double best = Double.NEGATIVE_INFINITY;
            boolean allUsed = true;
            for (boolean u : used) allUsed &= u;
            for (int c = 0; c < k; c++) {
                if (chosen[c] != null) continue;
                for (Label l : Label.values()) {
                    if (used[l.ordinal()] && !allUsed) continue;
                    double fit = l.fit(positions[c]);
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

    /** Share of the sorted values below {@code v}, ties counting half. */
    static double below(double[] sorted, double v) {
        int lo = lowerBound(sorted, v);
        int hi = lowerBound(sorted, Math.nextUp(v));
        return (lo + 0.5 * (hi - lo)) / sorted.length;
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
