package dev.archetype.core.cluster;

import dev.archetype.core.prep.EncodedFeature;
import dev.archetype.core.prep.FeatureMatrix;

import java.util.List;

/**
 * Cluster centres in the original units of the features: the mean of each cluster's members after undoing the
 * scaling (for a one-hot feature, the share of members with that level). Means of members rather than the
 * transformed centroid, so it is also right for cosine k-means, whose centroids live on the unit sphere.
 */
public final class Centroids {
    private Centroids() { }

    /** k × d, row-major by cluster in the clustering's canonical order. */
    public static double[][] inOriginalUnits(FeatureMatrix m, Clustering c) {
        if (c.rows() != m.rows()) throw new IllegalArgumentException("clustering has " + c.rows() + " rows, matrix " + m.rows());
        int k = c.k(), d = m.cols();
        List<EncodedFeature> f = m.features();
        double[][] out = new double[k][d];
        double[] x = m.data();
        for (int i = 0; i < m.rows(); i++) {
            double[] row = out[c.label(i)];
            for (int j = 0; j < d; j++) row[j] += x[i * d + j];
        }
        for (int cl = 0; cl < k; cl++) {
            int size = c.size(cl);
            for (int j = 0; j < d; j++) out[cl][j] = f.get(j).toOriginal(out[cl][j] / size);
        }
        // Undoing the scaling leaves rounding where the mean is exactly 0 (a flag no member has printed as
        // 1.2693e-12): a value a billion times smaller than the feature's largest centre is that rounding.
        for (int j = 0; j < d; j++) {
            double largest = 0;
            for (int cl = 0; cl < k; cl++) largest = Math.max(largest, Math.abs(out[cl][j]));
            for (int cl = 0; cl < k; cl++) if (Math.abs(out[cl][j]) <= 1e-9 * largest) out[cl][j] = 0;
        }
        return out;
    }
}
