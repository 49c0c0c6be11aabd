package dev.archetype.core.cluster;

import dev.archetype.core.prep.FeatureMatrix;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Mean silhouette width. Exact up to {@link #EXACT_MAX_ROWS} rows; above that, computed on a seeded sample of
 * {@link #SAMPLE_ROWS} rows (as scikit-learn's {@code sample_size}) with a 95% confidence interval from the spread
 * of the per-row widths. Distances are computed on the fly, never stored: extra memory is O(rows + k) per thread.
 * Several labelings of the same rows (a sweep over k) share one pass over the row pairs.
 * A row alone in its cluster has width 0 (scikit-learn's convention).
 */
public final class Silhouette {
    public static final int EXACT_MAX_ROWS = 20_000;
    public static final int SAMPLE_ROWS = 10_000;

    /**
     * @param value   mean silhouette, −1..1; NaN when fewer than 2 clusters
     * @param sampled whether it was computed on a sample
     * @param ciLow   lower end of the 95% interval (= value when exact)
     * @param ciHigh  upper end
     */
    public record Estimate(double value, boolean sampled, double ciLow, double ciHigh) { }

    private Silhouette() { }

    /** Silhouette of one labeling of the n × d row-major matrix {@code x}. */
    public static Estimate of(double[] x, int n, int d, int[] labels, int k, long seed, int threads) {
        return many(x, n, d, new int[][] {labels}, new int[] {k}, seed, threads)[0];
    }

    /** Silhouettes of several labelings at once (one pass over the row pairs). */
    public static Estimate[] many(double[] x, int n, int d, int[][] labelings, int[] ks, long seed, int threads) {
        boolean sampled = n > EXACT_MAX_ROWS;
        int[] rows = sampled ? sample(n, SAMPLE_ROWS, seed) : identity(n);
        double[][] widths = widths(x, rows, d, labelings, ks, threads);
        Estimate[] out = new Estimate[labelings.length];
        for (int l = 0; l < labelings.length; l++) out[l] = summarise(widths[l], ks[l], sampled);
        return out;
    }

    /**
     * Each row's own silhouette width for a clustering of {@code m}, measured in the space k-means ran in (the
     * L2-normalised rows for cosine). Exact, so only up to {@link #EXACT_MAX_ROWS} rows: the pass is over all
     * row pairs. All zeros when k &lt; 2.
     */
    public static double[] perRow(FeatureMatrix m, Clustering clustering, Distance distance, int threads) {
        int n = m.rows();
        if (n > EXACT_MAX_ROWS) {
            throw new IllegalArgumentException("Per-row silhouettes are computed for at most " + EXACT_MAX_ROWS + " rows, not " + n);
        }
        if (clustering.rows() != n) throw new IllegalArgumentException("clustering has " + clustering.rows() + " rows, matrix " + n);
        Space space;
        try (Blocks blocks = new Blocks(n, threads)) {
            space = Space.of(m, distance, blocks);
        }
        if (clustering.k() < 2) return new double[n];
        return widths(space.x, identity(n), space.d, new int[][] {clustering.labels()}, new int[] {clustering.k()}, threads)[0];
    }

    /** Per labeling, the silhouette width of each of {@code rows} against all of them. */
    private static double[][] widths(double[] x, int[] rows, int d, int[][] labelings, int[] ks, int threads) {
        int t = labelings.length;
        int m = rows.length;
        int[] offset = new int[t + 1];
        for (int l = 0; l < t; l++) offset[l + 1] = offset[l] + ks[l];
        int width = offset[t];
        int[] slot = new int[m * t];
        long[] size = new long[width];
        for (int r = 0; r < m; r++) {
            for (int l = 0; l < t; l++) {
                int s = offset[l] + labelings[l][rows[r]];
                slot[r * t + l] = s;
                size[s]++;
            }
        }
        double[] px = new double[m * d];
        for (int r = 0; r < m; r++) System.arraycopy(x, rows[r] * d, px, r * d, d);
        double[][] widths = new double[t][m];
        try (Blocks blocks = new Blocks(m, threads)) {
            blocks.forEach((b, from, to) -> {
                double[] acc = new double[width];
                for (int i = from; i < to; i++) {
                    Arrays.fill(acc, 0);
                    int off = i * d;
                    for (int j = 0; j < m; j++) {
                        double dist = Math.sqrt(Vec.dist2(px, off, px, j * d, d));
                        int so = j * t;
                        for (int l = 0; l < t; l++) acc[slot[so + l]] += dist;
                    }
                    for (int l = 0; l < t; l++) widths[l][i] = width(acc, size, offset[l], ks[l], slot[i * t + l]);
                }
            });
        }
        return widths;
    }

    private static double width(double[] acc, long[] size, int base, int k, int own) {
        long nOwn = size[own];
        if (nOwn <= 1) return 0;
        double a = acc[own] / (nOwn - 1);
        double b = Double.POSITIVE_INFINITY;
        for (int c = base; c < base + k; c++) {
            if (c == own || size[c] == 0) continue;
            b = Math.min(b, acc[c] / size[c]);
        }
        if (b == Double.POSITIVE_INFINITY) return 0;
        double max = Math.max(a, b);
        return max == 0 ? 0 : (b - a) / max;
    }

    private static Estimate summarise(double[] w, int k, boolean sampled) {
        if (k < 2) return new Estimate(Double.NaN, sampled, Double.NaN, Double.NaN);
        double sum = 0;
        for (double v : w) sum += v;
        double mean = sum / w.length;
        if (!sampled) return new Estimate(mean, false, mean, mean);
        double ss = 0;
        for (double v : w) ss += (v - mean) * (v - mean);
        double se = Math.sqrt(ss / (w.length - 1)) / Math.sqrt(w.length);
        return new Estimate(mean, true, mean - 1.96 * se, mean + 1.96 * se);
    }

    /** m distinct rows chosen with a seeded partial shuffle, in ascending order. */
    static int[] sample(int n, int m, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] idx = identity(n);
        for (int i = 0; i < m; i++) {
            int j = i + rnd.nextInt(n - i);
            int tmp = idx[i];
            idx[i] = idx[j];
            idx[j] = tmp;
        }
        int[] s = Arrays.copyOf(idx, m);
        Arrays.sort(s);
        return s;
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        return a;
    }
}
