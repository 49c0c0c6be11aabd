package dev.archetype.core.cluster;

/**
 * Calinski–Harabasz and Davies–Bouldin indices on a flat row-major matrix, with scikit-learn's conventions:
 * both are NaN for k < 2; Calinski–Harabasz is 1 when every row sits on its centre; Davies–Bouldin uses
 * mean (not squared) member distances and is 0 when every cluster is a single point.
 */
public final class QualityIndices {
    private QualityIndices() { }

    /** Between-cluster over within-cluster dispersion, each divided by its degrees of freedom; higher is better. */
    public static double calinskiHarabasz(double[] x, int n, int d, int[] labels, int k) {
        if (k < 2 || n <= k) return Double.NaN;
        double[] means = new double[k * d];
        long[] counts = new long[k];
        clusterMeans(x, n, d, labels, k, means, counts);
        double[] all = new double[d];
        for (int i = 0; i < n; i++) for (int j = 0; j < d; j++) all[j] += x[i * d + j];
        for (int j = 0; j < d; j++) all[j] /= n;
        double between = 0;
        for (int c = 0; c < k; c++) between += counts[c] * Vec.dist2(means, c * d, all, 0, d);
        double within = 0;
        for (int i = 0; i < n; i++) within += Vec.dist2(x, i * d, means, labels[i] * d, d);
        if (within == 0) return 1.0;
        return between * (n - k) / (within * (k - 1));
    }

    /** Mean over clusters of the worst (sᵢ + sⱼ) / |cᵢ − cⱼ|; lower is better. */
    public static double daviesBouldin(double[] x, int n, int d, int[] labels, int k) {
        if (k < 2) return Double.NaN;
        double[] means = new double[k * d];
        long[] counts = new long[k];
        clusterMeans(x, n, d, labels, k, means, counts);
        double[] spread = new double[k];
        for (int i = 0; i < n; i++) spread[labels[i]] += Math.sqrt(Vec.dist2(x, i * d, means, labels[i] * d, d));
        boolean allZero = true;
        for (int c = 0; c < k; c++) {
            if (counts[c] > 0) spread[c] /= counts[c];
            if (spread[c] != 0) allZero = false;
        }
        if (allZero) return 0.0;
        double total = 0;
        for (int a = 0; a < k; a++) {
            double worst = 0;
            for (int b = 0; b < k; b++) {
                if (a == b) continue;
                double sep = Math.sqrt(Vec.dist2(means, a * d, means, b * d, d));
                double r = sep == 0 ? 0 : (spread[a] + spread[b]) / sep;
                worst = Math.max(worst, r);
            }
            total += worst;
        }
        return total / k;
    }

    private static void clusterMeans(double[] x, int n, int d, int[] labels, int k, double[] means, long[] counts) {
        for (int i = 0; i < n; i++) {
            int c = labels[i];
            counts[c]++;
            for (int j = 0; j < d; j++) means[c * d + j] += x[i * d + j];
        }
        for (int c = 0; c < k; c++) {
            if (counts[c] == 0) continue;
            for (int j = 0; j < d; j++) means[c * d + j] /= counts[c];
        }
    }
}
