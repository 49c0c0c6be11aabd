package dev.archetype.core.cluster;

import java.util.Arrays;
import java.util.Objects;

/**
 * One k of a {@link KSweep}: the clustering and how good it is. Indices that are undefined (silhouette,
 * Calinski–Harabasz and Davies–Bouldin at k = 1; stability with one restart) are {@code NaN}.
 *
 * @param k                 number of clusters
 * @param clustering        the best restart, canonically numbered
 * @param sse               within-cluster sum of squares (same as {@code clustering.sse()})
 * @param silhouette        mean silhouette width, −1..1, higher is better
 * @param silhouetteSampled true when computed on a seeded sample of rows instead of all rows
 * @param silhouetteCiLow   95% confidence interval of a sampled silhouette; equal to it when exact
 * @param silhouetteCiHigh  upper end of that interval
 * @param calinskiHarabasz  between/within dispersion ratio, higher is better
 * @param daviesBouldin     mean worst-case cluster similarity, lower is better
 * @param sizes             members per cluster, largest first
 * @param stability         mean adjusted Rand index over pairs of restarts (1 = every restart found the same clusters)
 */
public record KResult(int k, Clustering clustering, double sse, double silhouette, boolean silhouetteSampled,
                      double silhouetteCiLow, double silhouetteCiHigh, double calinskiHarabasz, double daviesBouldin,
                      int[] sizes, double stability) {
    public KResult {
        Objects.requireNonNull(clustering, "clustering");
        sizes = sizes.clone();
    }

    @Override public int[] sizes() { return sizes.clone(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof KResult r && k == r.k && clustering.equals(r.clustering) && Double.compare(sse, r.sse) == 0
                && Double.compare(silhouette, r.silhouette) == 0 && Arrays.equals(sizes, r.sizes);
    }

    @Override
    public int hashCode() {
        return 31 * clustering.hashCode() + k;
    }

    @Override
    public String toString() {
        return "KResult[k=" + k + ", sse=" + sse + ", silhouette=" + silhouette + ", sizes=" + Arrays.toString(sizes) + "]";
    }
}
