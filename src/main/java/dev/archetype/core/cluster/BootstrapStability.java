package dev.archetype.core.cluster;

import dev.archetype.core.prep.EncodedFeature;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How stable each cluster is, after Hennig's bootstrap (R fpc::clusterboot): draw the rows with replacement,
 * cluster the draw again, and find for each original cluster the new cluster most like it (Jaccard over the rows
 * drawn); a cluster's stability is that Jaccard averaged over the draws. At least 0.85 is stable, below 0.6 the
 * cluster is dissolving. Large files are measured on a seeded sample of {@value #MAX_ROWS} rows so it stays cheap.
 * Stateless; deterministic for a seed.
 */
public final class BootstrapStability {
    public static final int RESAMPLES = 20;
    public static final int MAX_ROWS = 2_000;
    public static final double STABLE = 0.85;
    public static final double DISSOLVING = 0.6;

    private BootstrapStability() { }

    /** The plain word for a stability: "stable", "fairly stable" or "unstable". */
    public static String word(double jaccard) {
        if (Double.isNaN(jaccard)) return "";
        return jaccard >= STABLE ? "stable" : jaccard >= DISSOLVING ? "fairly stable" : "unstable";
    }

    /** Each cluster's mean bootstrap Jaccard (NaN for an empty cluster or k = 1). */
    public static double[] perCluster(FeatureMatrix m, Clustering c, KMeansOptions options, Cancellation cancel) {
        try (var timing = dev.archetype.core.task.Timings.whole("stability")) {
            int k = c.k();
            double[] out = new double[k];
            if (k < 2) {
                Arrays.fill(out, Double.NaN);
                return out;
            }
            int n = m.rows(), d = m.cols();
            SplittableRandom rnd = new SplittableRandom(options.seed() ^ 0xB007L);
            int[] base = n <= MAX_ROWS ? identity(n) : Silhouette.sample(n, MAX_ROWS, options.seed());
            int b = base.length;
            int[] labels = c.labels();
            double[] sum = new double[k];
            int[] counted = new int[k];
            // a few fixed restarts per draw: the draws, not the restarts, are what is measured
            KMeansOptions again = options.withRestarts(Math.min(3, Math.max(1, options.restarts()))).withThreads(1);
            double[] x = m.data();
            List<EncodedFeature> features = m.features();
            int[][] draws = new int[RESAMPLES][];
            for (int r = 0; r < RESAMPLES; r++) {
                int[] drawn = new int[b];
                for (int i = 0; i < b; i++) drawn[i] = base[rnd.nextInt(b)];
                draws[r] = drawn;
            }
            // The draws are independent: clustered side by side (each on one thread), added up in draw order, so
            // the figures do not depend on the thread count (1M rows, k = 8: 0.2–0.35 s on one thread).
            double[][] jaccards = new double[RESAMPLES][];
            try (Blocks tasks = Blocks.ofTasks(RESAMPLES, Math.max(1, options.threads()))) {
                tasks.forEach((r, from, to) -> {
                    cancel.check();
                    // on a helper thread, its k-means is stability's time, not a phase of its own
                    try (var quiet = dev.archetype.core.task.Timings.absorbed()) {
                        jaccards[r] = bestJaccards(draws[r], x, d, features, labels, n, k,
                                again.withSeed(options.seed() + r + 1), cancel);
                    }
                });
            }
            for (double[] best : jaccards) {
                if (best == null) continue;
                for (int a = 0; a < k; a++) {
                    if (Double.isNaN(best[a])) continue;
                    sum[a] += best[a];
                    counted[a]++;
                }
            }
            for (int a = 0; a < k; a++) out[a] = counted[a] == 0 ? Double.NaN : sum[a] / counted[a];
            return out;
        }
    }

    /**
     * For each original cluster, the Jaccard of its best match in a fresh clustering of the rows drawn (NaN where no
     * row of it was drawn); null when the draw cannot be clustered into k (fewer distinct rows).
     */
    private static double[] bestJaccards(int[] drawn, double[] x, int d, List<EncodedFeature> features, int[] labels,
                                         int n, int k, KMeansOptions again, Cancellation cancel) {
        int b = drawn.length;
        double[] rows = new double[b * d];
        for (int i = 0; i < b; i++) System.arraycopy(x, drawn[i] * d, rows, i * d, d);
        int[] src = new int[b];
        for (int i = 0; i < b; i++) src[i] = i;
        FeatureMatrix draw = new FeatureMatrix(b, d, rows, features, src, List.of());
        int distinct = (int) Arrays.stream(drawn).distinct().count();
        if (distinct < k) return null;
        Clustering fresh;
        try {
            fresh = KMeans.run(draw, again, ProgressListener.NONE, cancel);
        } catch (IllegalArgumentException e) {
            return null; // fewer distinct rows than k in this draw
        }
        // per original row drawn (counted once), its original and new cluster
        java.util.BitSet seen = new java.util.BitSet(n);
        int[] both = new int[k * k];
        int[] orig = new int[k];
        int[] now = new int[k];
        for (int i = 0; i < b; i++) {
            int row = drawn[i];
            if (seen.get(row)) continue;
            seen.set(row);
            int a = labels[row], z = fresh.label(i);
            both[a * k + z]++;
            orig[a]++;
            now[z]++;
        }
        double[] out = new double[k];
        for (int a = 0; a < k; a++) {
            if (orig[a] == 0) {
                out[a] = Double.NaN;
                continue;
            }
            double best = 0;
            for (int z = 0; z < k; z++) {
                int inter = both[a * k + z];
                int union = orig[a] + now[z] - inter;
                if (union > 0) best = Math.max(best, (double) inter / union);
            }
            out[a] = best;
        }
        return out;
    }

    /** The mean over clusters, weighted by size: one figure for a k. */
    public static double overall(double[] perCluster, int[] sizes) {
        double s = 0, w = 0;
        for (int c = 0; c < perCluster.length; c++) {
            if (Double.isNaN(perCluster[c])) continue;
            s += perCluster[c] * sizes[c];
            w += sizes[c];
        }
        return w == 0 ? Double.NaN : s / w;
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        return a;
    }
}
