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
    private final Blocks blocks;
    private double meanVariance = Double.NaN;

    private Space(double[] x, int n, int d, boolean spherical, Blocks blocks) {
        this.x = x;
        this.n = n;
        this.d = d;
        this.spherical = spherical;
        this.blocks = blocks;
    }

    static Space of(FeatureMatrix m, Distance distance, Blocks blocks) {
        int n = m.rows(), d = m.cols();
        if (n == 0) throw new IllegalArgumentException("There are no rows to cluster");
        if (d == 0) throw new IllegalArgumentException("There are no feature columns to cluster on");
        double[] x = m.data();
        int[] bad = new int[blocks.count];
        blocks.forEach((b, from, to) -> {
            int first = -1;
            for (int p = from * d, end = to * d; p < end; p++) {
                if (!Double.isFinite(x[p])) {
                    first = p;
                    break;
                }
            }
            bad[b] = first;
        });
        for (int p : bad) {
            if (p >= 0) {
                int i = p / d, j = p % d;
                throw new IllegalArgumentException("Feature '" + m.features().get(j).name() + "' has "
                        + (Double.isNaN(x[p]) ? "a missing value" : "an infinite value") + " in row " + (m.sourceRows()[i] + 1)
                        + "; choose a missing-value policy before clustering");
            }
        }
        if (distance == Distance.EUCLIDEAN) return new Space(x, n, d, false, blocks);
        double[] unit = x.clone();
        for (int i = 0; i < n; i++) {
            double s = Vec.dot(unit, i * d, unit, i * d, d);
            if (!(s > 0)) {
                throw new IllegalArgumentException("Row " + (m.sourceRows()[i] + 1)
                        + " is all zeros after preparation, so its cosine distance is undefined; use Euclidean distance");
            }
            Vec.normalise(unit, i * d, d);
        }
        return new Space(unit, n, d, true, blocks);
    }

    /** Absolute tolerance: {@code relative × mean over features of the population variance} (0 skips the pass). */
    double tolerance(double relative) {
        if (relative == 0) return 0;
        if (Double.isNaN(meanVariance)) meanVariance = meanVariance();
        return relative * meanVariance;
    }

    /** Row-wise, block-ordered two-pass variance (the matrix is row-major; column loops would stride memory). */
    private double meanVariance() {
        double[][] part = new double[blocks.count][];
        blocks.forEach((b, from, to) -> {
            double[] s = new double[d];
            for (int i = from; i < to; i++) for (int j = 0; j < d; j++) s[j] += x[i * d + j];
            part[b] = s;
        });
        double[] mean = new double[d];
        for (double[] p : part) for (int j = 0; j < d; j++) mean[j] += p[j];
        for (int j = 0; j < d; j++) mean[j] /= n;
        blocks.forEach((b, from, to) -> {
            double[] s = new double[d];
            for (int i = from; i < to; i++) {
                for (int j = 0; j < d; j++) {
                    double e = x[i * d + j] - mean[j];
                    s[j] += e * e;
                }
            }
            part[b] = s;
        });
        double total = 0;
        for (int j = 0; j < d; j++) {
            double v = 0;
            for (double[] p : part) v += p[j];
            total += v / n;
        }
        return total / d;
    }
}
