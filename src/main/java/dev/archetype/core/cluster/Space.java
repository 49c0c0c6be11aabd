package dev.archetype.core.cluster;

import dev.archetype.core.prep.FeatureMatrix;

/**
 * The rows k-means actually runs on: the feature matrix itself (Euclidean, no copy) or an L2-normalised copy
 * (cosine), checked for values k-means cannot use.
 */
final class Space {
    final double[] x;
    final int n;
    final int d;
    final boolean spherical;
    /** Mean over features of the population variance; scales the relative tolerance. */
    final double meanVariance;

    private Space(double[] x, int n, int d, boolean spherical) {
        this.x = x;
        this.n = n;
        this.d = d;
        this.spherical = spherical;
        this.meanVariance = meanVariance(x, n, d);
    }

    static Space of(FeatureMatrix m, Distance distance) {
        int n = m.rows(), d = m.cols();
        if (n == 0) throw new IllegalArgumentException("There are no rows to cluster");
        if (d == 0) throw new IllegalArgumentException("There are no feature columns to cluster on");
        double[] x = m.data();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double v = x[i * d + j];
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("Feature '" + m.features().get(j).name() + "' has "
                            + (Double.isNaN(v) ? "a missing value" : "an infinite value") + " in row " + (m.sourceRows()[i] + 1)
                            + "; choose a missing-value policy before clustering");
                }
            }
        }
        if (distance == Distance.EUCLIDEAN) return new Space(x, n, d, false);
        double[] unit = x.clone();
        for (int i = 0; i < n; i++) {
            double s = Vec.dot(unit, i * d, unit, i * d, d);
            if (!(s > 0)) {
                throw new IllegalArgumentException("Row " + (m.sourceRows()[i] + 1)
                        + " is all zeros after preparation, so its cosine distance is undefined; use Euclidean distance");
            }
            Vec.normalise(unit, i * d, d);
        }
        return new Space(unit, n, d, true);
    }

    private static double meanVariance(double[] x, int n, int d) {
        double total = 0;
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (int i = 0; i < n; i++) mean += x[i * d + j];
            mean /= n;
            double v = 0;
            for (int i = 0; i < n; i++) {
                double e = x[i * d + j] - mean;
                v += e * e;
            }
            total += v / n;
        }
        return total / d;
    }
}
