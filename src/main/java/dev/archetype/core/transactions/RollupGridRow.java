package dev.archetype.core.transactions;

/**
 * One row of the roll-up as a grid (the profile grid's and the export's "attributes" section): a categorical
 * level's share of purchases, or a numeric attribute's mean, overall and per cluster.
 *
 * @param attribute the attribute ("Varietal", "Minimum Qty (kg)")
 * @param level     the level, or null for a numeric attribute's mean
 * @param overall   over all customers' purchases
 * @param clusters  per cluster, NaN when the cluster bought nothing with this attribute known
 * @param spread    the largest |score| over the clusters, to sort rows by how much they tell clusters apart
 */
public record RollupGridRow(String attribute, String level, double overall, double[] clusters, double spread) {
    public RollupGridRow {
        clusters = clusters.clone();
    }

    @Override
    public double[] clusters() {
        return clusters.clone();
    }

    public double cluster(int c) {
        return clusters[c];
    }

    /** Whether the values are shares (0..1) rather than means in the attribute's units. */
    public boolean isShare() {
        return level != null;
    }

    /** "Varietal = Pinot Noir" or "Minimum Qty (kg) (mean)". */
    public String label() {
        return level != null ? attribute + " = " + level : attribute + " (mean)";
    }
}
