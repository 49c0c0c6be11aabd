package dev.archetype.core.model;

import dev.archetype.core.cluster.Clustering;
import dev.archetype.core.cluster.Distance;
import dev.archetype.core.prep.EncodedFeature;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.prep.MissingPolicy;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a clustering learned, enough to label new customers without the data it was fitted on: the prepared
 * features (each with its centre, scale and fill value), the missing-value policy, the distance, the k centres
 * in the prepared space (unit length for cosine), the archetype names, and how far the fit's rows lay from their
 * own centre (so a new row farther than 99% of them can be flagged as unusual). Immutable.
 *
 * @param features          the prepared columns in matrix order
 * @param missing           how the fit treated missing values (DROP_ROWS: a new row with one is left unassigned)
 * @param distance          Euclidean or cosine
 * @param centres           k × d, row-major, in the prepared space
 * @param names             one archetype name per cluster, cluster 1 (the largest) first
 * @param distanceQuantiles the fit rows' distances to their own centre at the 50th, 90th, 95th and 99th
 *                          percentile and the maximum
 */
public record FittedModel(List<EncodedFeature> features, MissingPolicy missing, Distance distance, double[] centres,
                          List<String> names, double[] distanceQuantiles) {
    /** The percentiles of {@link #distanceQuantiles()}, as fractions; the last entry is the maximum. */
    public static final double[] QUANTILES = {0.5, 0.9, 0.95, 0.99, 1.0};
    private static final int P99 = 3;

    public FittedModel {
        features = List.copyOf(features);
        Objects.requireNonNull(missing, "missing");
        Objects.requireNonNull(distance, "distance");
        names = List.copyOf(names);
        if (features.isEmpty()) throw new IllegalArgumentException("a model needs at least one feature");
        if (names.isEmpty() || centres.length != names.size() * features.size()) {
            throw new IllegalArgumentException("a model needs k × d centres and k names; got " + centres.length
                    + " values for " + names.size() + " names and " + features.size() + " features");
        }
        if (distanceQuantiles.length != QUANTILES.length) throw new IllegalArgumentException("need " + QUANTILES.length + " distance quantiles");
        centres = centres.clone();
        distanceQuantiles = distanceQuantiles.clone();
    }

    /** The model of a finished clustering of {@code matrix}, with the archetype names in cluster order. */
    public static FittedModel of(FeatureMatrix matrix, Clustering clustering, MissingPolicy missing, Distance distance,
                                 List<String> names) {
        double[] sorted = clustering.distances();
        Arrays.sort(sorted);
        double[] q = new double[QUANTILES.length];
        for (int i = 0; i < q.length; i++) q[i] = quantile(sorted, QUANTILES[i]);
        return new FittedModel(matrix.features(), missing, distance, clustering.centroids(), names, q);
    }

    public int k() { return names.size(); }

    /** The same model with other archetype names (blank entries keep the current name). */
    public FittedModel withNames(List<String> newNames) {
        if (newNames == null || newNames.isEmpty()) return this;
        if (newNames.size() != names.size()) throw new IllegalArgumentException(newNames.size() + " names for " + names.size() + " archetypes");
        List<String> merged = new java.util.ArrayList<>(names);
        for (int c = 0; c < merged.size(); c++) {
            String n = newNames.get(c);
            if (n != null && !n.isBlank()) merged.set(c, n);
        }
        return new FittedModel(features, missing, distance, centres, merged, distanceQuantiles);
    }

    public int dims() { return features.size(); }

    /** A new row farther than this from its centre is unusual: farther than 99% of the fit's rows were. */
    public double unusualBeyond() { return distanceQuantiles[P99]; }

    @Override public double[] centres() { return centres.clone(); }

    @Override public double[] distanceQuantiles() { return distanceQuantiles.clone(); }

    double centre(int cluster, int col) { return centres[cluster * features.size() + col]; }

    private static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) return 0;
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FittedModel m && features.equals(m.features) && missing == m.missing && distance == m.distance
                && Arrays.equals(centres, m.centres) && names.equals(m.names) && Arrays.equals(distanceQuantiles, m.distanceQuantiles);
    }

    @Override
    public int hashCode() {
        return Objects.hash(features, missing, distance, Arrays.hashCode(centres), names);
    }
}
