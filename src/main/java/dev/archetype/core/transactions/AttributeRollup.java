package dev.archetype.core.transactions;

import dev.archetype.core.cluster.Clustering;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Describes clusters of customers by the attributes of the items they bought: for each cluster, the share of
 * its purchases at each categorical level and the mean of each numeric attribute, each against all customers,
 * ranked by how strongly they set the cluster apart, and a drafted name per cluster from the strongest ones.
 * A purchase weighs what the pivot cell holds (1 for presence, the count, or the summed amount; negative
 * sums count as 0). Immutable after construction.
 */
public final class AttributeRollup {
    private final int k;
    private final int[] members;
    private final List<List<AttributeLift>> ranked;
    private final List<String> names;

    private AttributeRollup(int k, int[] members, List<List<AttributeLift>> ranked, List<String> names) {
        this.k = k;
        this.members = members;
        this.ranked = ranked;
        this.names = names;
    }

    /**
     * Rolls up for a clustering of the pivot's rows.
     *
     * @param sourceRows for each clustering row, the pivot row it came from ({@code FeatureMatrix.sourceRows()})
     */
    public static AttributeRollup of(PivotResult pivot, ItemAttributes attributes, Clustering clustering, int[] sourceRows) {
        if (sourceRows.length != clustering.rows()) {
            throw new IllegalArgumentException(sourceRows.length + " source rows for " + clustering.rows() + " clustered rows");
        }
        int[] clusterOfCustomer = new int[pivot.customerCount()];
        Arrays.fill(clusterOfCustomer, -1);
        for (int r = 0; r < sourceRows.length; r++) clusterOfCustomer[sourceRows[r]] = clustering.label(r);
        return of(pivot, attributes, clusterOfCustomer, clustering.k());
    }

    /**
     * @param clusterOfCustomer per pivot row, its cluster 0..k-1, or -1 when it was not clustered (it still
     *                          counts in "overall")
     */
    public static AttributeRollup of(PivotResult pivot, ItemAttributes attributes, int[] clusterOfCustomer, int k) {
        if (clusterOfCustomer.length != pivot.customerCount()) {
            throw new IllegalArgumentException(clusterOfCustomer.length + " labels for " + pivot.customerCount() + " customers");
        }
        int items = pivot.itemCount();
        // weight[c][i]: purchases of item i by cluster c's members; row k holds everyone.
        double[][] weight = new double[k + 1][items];
        int[] members = new int[k];
        for (int c : clusterOfCustomer) if (c >= 0) members[c]++;
        for (int i = 0; i < items; i++) {
            for (int row = 0; row < clusterOfCustomer.length; row++) {
                double w = pivot.amount(i, row);
                if (!(w > 0)) continue;
                int c = clusterOfCustomer[row];
                if (c >= 0) weight[c][i] += w;
                weight[k][i] += w;
            }
        }
        List<List<AttributeLift>> ranked = new ArrayList<>(k);
        String basis = AttributeLift.basis(pivot.report().value());
        for (int c = 0; c < k; c++) {
            List<AttributeLift> lifts = new ArrayList<>();
            for (ItemAttribute a : attributes.attributes()) {
                if (a.isCategorical()) levels(a, weight[c], weight[k], basis, lifts);
                else mean(a, weight[c], weight[k], basis, lifts);
            }
            lifts.sort(Comparator.comparingDouble((AttributeLift l) -> -Math.abs(l.score())));
            ranked.add(List.copyOf(lifts));
        }
        return new AttributeRollup(k, members, List.copyOf(ranked), RollupNamer.names(ranked));
    }

    public int k() {
        return k;
    }

    /** Customers in cluster {@code cluster}. */
    public int members(int cluster) {
        return members[cluster];
    }

    /** All level shares and means of the cluster, strongest first (by |score|). */
    public List<AttributeLift> lifts(int cluster) {
        return ranked.get(cluster);
    }

    /**
     * The strongest lifts, strongest first: levels the cluster buys clearly more of than everyone (never
     * "less Malbec") and means that clearly differ.
     */
    public List<AttributeLift> strongest(int cluster, int limit) {
        List<AttributeLift> out = new ArrayList<>();
        for (AttributeLift l : ranked.get(cluster)) {
            if (out.size() == limit) break;
            if (RollupNamer.isShown(l)) out.add(l);
        }
        return out;
    }

    /** Drafted names, one per cluster, unique ("Pinot Noir lovers", "bulk buyers (72 kg+)"). */
    public List<String> names() {
        return names;
    }

    /** Whether the cluster's name is the fallback ("broad tastes"): no attribute level or mean was left to name it by. */
    public boolean isFallback(int cluster) {
        return names.get(cluster).startsWith(RollupNamer.FALLBACK);
    }

    public String name(int cluster) {
        return names.get(cluster);
    }

    /** Profile lines for the cluster's strongest lifts. */
    public List<String> describe(int cluster) {
        return strongest(cluster, 4).stream().map(AttributeLift::describe).toList();
    }

    /**
     * The whole roll-up as grid rows, attribute by attribute in table order, levels in first-seen order;
     * sort by {@link RollupGridRow#spread()} to put the most telling rows first.
     */
    /** {@link #grid()} with the rows that differ most between clusters first (as the profile grid and the export show it). */
    public List<RollupGridRow> gridMostTellingFirst() {
        List<RollupGridRow> rows = new java.util.ArrayList<>(grid());
        rows.sort(java.util.Comparator.comparingDouble(RollupGridRow::spread).reversed());
        return rows;
    }

    public List<RollupGridRow> grid() {
        java.util.Map<String, double[]> values = new java.util.LinkedHashMap<>();
        java.util.Map<String, double[]> overall = new java.util.HashMap<>();
        java.util.Map<String, double[]> spread = new java.util.HashMap<>();
        java.util.Map<String, String[]> labels = new java.util.HashMap<>();
        for (int c = 0; c < k; c++) {
            for (AttributeLift l : ranked.get(c)) {
                String level = l instanceof AttributeLift.Level lv ? lv.level() : null;
                String key = l.attribute() + "\u0000" + (level == null ? "" : "=" + level);
                double[] v = values.computeIfAbsent(key, x -> {
                    double[] a = new double[k];
                    Arrays.fill(a, Double.NaN);
                    return a;
                });
                labels.putIfAbsent(key, new String[] {l.attribute(), level});
                if (l instanceof AttributeLift.Level lv) {
                    v[c] = lv.share();
                    overall.put(key, new double[] {lv.overallShare()});
                } else {
                    AttributeLift.Mean m = (AttributeLift.Mean) l;
                    v[c] = m.mean();
                    overall.put(key, new double[] {m.overallMean()});
                }
                double[] s = spread.computeIfAbsent(key, x -> new double[1]);
                s[0] = Math.max(s[0], Math.abs(l.score()));
            }
        }
        List<RollupGridRow> rows = new ArrayList<>(values.size());
        for (var e : values.entrySet()) {
            String[] label = labels.get(e.getKey());
            rows.add(new RollupGridRow(label[0], label[1], overall.get(e.getKey())[0], e.getValue(), spread.get(e.getKey())[0]));
        }
        return rows;
    }

    private static void levels(ItemAttribute a, double[] group, double[] all, String basis, List<AttributeLift> out) {
        int levels = a.levels().size();
        double[] g = new double[levels];
        double[] t = new double[levels];
        double gTotal = 0;
        double tTotal = 0;
        for (int i = 0; i < group.length; i++) {
            int l = a.levelOf(i);
            if (l < 0) continue;
            g[l] += group[i];
            t[l] += all[i];
            gTotal += group[i];
            tTotal += all[i];
        }
        if (gTotal <= 0 || tTotal <= 0) return;
        for (int l = 0; l < levels; l++) {
            double share = g[l] / gTotal;
            double overall = t[l] / tTotal;
            if (overall <= 0) continue;
            double spread = Math.sqrt(overall * (1 - overall));
            double score = spread > 0 ? (share - overall) / spread : 0;
            out.add(new AttributeLift.Level(a.name(), a.levels().get(l), share, overall, share / overall, g[l], score, basis));
        }
    }

    private static void mean(ItemAttribute a, double[] group, double[] all, String basis, List<AttributeLift> out) {
        double gw = 0, gs = 0, tw = 0, ts = 0, tss = 0;
        for (int i = 0; i < group.length; i++) {
            double v = a.valueOf(i);
            if (Double.isNaN(v)) continue;
            gw += group[i];
            gs += group[i] * v;
            tw += all[i];
            ts += all[i] * v;
            tss += all[i] * v * v;
        }
        if (gw <= 0 || tw <= 0) return;
        double mean = gs / gw;
        double overall = ts / tw;
        double sd = Math.sqrt(Math.max(0, tss / tw - overall * overall));
        double score = sd > 1e-12 ? (mean - overall) / sd : 0;
        double ratio = overall != 0 ? mean / overall : Double.NaN;
        out.add(new AttributeLift.Mean(a.name(), mean, overall, ratio, quantile(a, group, 0.75), quantile(a, group, 0.25), score, basis));
    }

    /** The smallest attribute value with at least {@code q} of the group's purchase weight at or below it. */
    private static double quantile(ItemAttribute a, double[] group, double q) {
        int n = group.length;
        Integer[] order = new Integer[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            order[i] = i;
            if (!Double.isNaN(a.valueOf(i))) total += group[i];
        }
        Arrays.sort(order, Comparator.comparingDouble(a::valueOf));
        double acc = 0;
        double last = Double.NaN;
        for (int i : order) {
            double v = a.valueOf(i);
            if (Double.isNaN(v) || group[i] <= 0) continue;
            acc += group[i];
            last = v;
            if (acc >= q * total - 1e-9) return v;
        }
        return last;
    }
}
