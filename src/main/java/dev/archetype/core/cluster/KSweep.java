package dev.archetype.core.cluster;

import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs k-means for every k in a range and measures each result: SSE, silhouette, Calinski–Harabasz,
 * Davies–Bouldin, sizes and stability, then recommends a k.
 *
 * <p>SSE never increases with k: when a larger k comes out worse than the k before it (restarts can all miss),
 * that k is re-run from the smaller solution's centres plus the row farthest from its centre, which can only
 * lower the SSE. Stability is the archetypes' bootstrap Jaccard ({@link BootstrapStability}) averaged by
 * size. Indices are measured in the space k-means ran in.
 */
public final class KSweep {
    private KSweep() { }

    /**
     * @param base options for every k (its own k is ignored)
     * @throws IllegalArgumentException for an empty or invalid range, or a k above the number of distinct rows
     */
    public static SweepResult run(FeatureMatrix m, int kMin, int kMax, KMeansOptions base, ProgressListener progress,
                                  Cancellation cancel) {
        if (kMin < 1) throw new IllegalArgumentException("The smallest k must be at least 1, got " + kMin);
        if (kMax < kMin) throw new IllegalArgumentException("The k range " + kMin + ".." + kMax + " is empty");
        if (kMax > m.rows()) {
            throw new IllegalArgumentException("k = " + kMax + " is more than the " + m.rows() + " rows to cluster; choose k ≤ " + m.rows());
        }
        int n = m.rows();
        int count = kMax - kMin + 1;
        List<Clustering> clusterings = new ArrayList<>(count);
        double[] stability = new double[count];
        double work = 0;
        double total = (kMin + kMax) * (double) count / 2;
        for (int k = kMin; k <= kMax; k++) {
            cancel.check();
            double done = work;
            int kk = k;
            ProgressListener inner = (f, msg) -> progress.progress(0.9 * (done + f * kk) / total, msg);
            Clustering c = KMeans.fit(m, base.withK(k), inner, cancel);
            if (!clusterings.isEmpty()) {
                Clustering prev = clusterings.get(clusterings.size() - 1);
                if (c.sse() > prev.sse()) c = splitFrom(m, prev, base.withK(k), cancel);
            }
            clusterings.add(c);
            // the same measure the archetypes get: bootstrap Jaccard, averaged over clusters by size
            stability[k - kMin] = BootstrapStability.overall(BootstrapStability.perCluster(m, c, base.withK(k), cancel), c.sizes());
            work += k;
        }
        progress.progress(0.9, "Measuring silhouettes");
        Space space;
        try (Blocks blocks = new Blocks(n, base.threads())) {
            space = Space.of(m, base.distance(), blocks);
        }
        int[][] labelings = new int[count][];
        int[] ks = new int[count];
        for (int i = 0; i < count; i++) {
            labelings[i] = clusterings.get(i).labels();
            ks[i] = clusterings.get(i).k();
        }
        cancel.check();
        List<KResult> results = new ArrayList<>(count);
        try (var timing = dev.archetype.core.task.Timings.span("metrics")) {
            Silhouette.Estimate[] sil = Silhouette.many(space.x, n, space.d, labelings, ks, base.seed(), base.threads());
            for (int i = 0; i < count; i++) {
                Clustering c = clusterings.get(i);
                results.add(new KResult(c.k(), c, c.sse(), sil[i].value(), sil[i].sampled(), sil[i].ciLow(), sil[i].ciHigh(),
                        QualityIndices.calinskiHarabasz(space.x, n, space.d, labelings[i], c.k()),
                        QualityIndices.daviesBouldin(space.x, n, space.d, labelings[i], c.k()),
                        c.sizes(), stability[i]));
            }
        }
        Recommendation rec = Recommendation.of(results, n);
        progress.progress(0.95, "Comparing with uniform noise");
        StructureCheck.Verdict verdict;
        try (var timing = dev.archetype.core.task.Timings.whole("structure check")) {
            verdict = StructureCheck.judge(m, results, rec.k(), base, cancel);
        }
        progress.progress(1, "Sweep done");
        return new SweepResult(n, m.names(), results, rec.k(), rec.reason(), rec.disagree(), rec.disagreement(),
                verdict.level().name().toLowerCase(java.util.Locale.ROOT), verdict.reason());
    }

    /** k centres = the smaller solution's centres plus its worst-fitting row. */
    private static Clustering splitFrom(FeatureMatrix m, Clustering prev, KMeansOptions o, Cancellation cancel) {
        int d = m.cols();
        int far = 0;
        for (int i = 1; i < prev.rows(); i++) if (prev.distance(i) > prev.distance(far)) far = i;
        double[] start = new double[o.k() * d];
        System.arraycopy(prev.centroids(), 0, start, 0, prev.k() * d);
        System.arraycopy(m.data(), far * d, start, prev.k() * d, d);
        return KMeans.runFrom(m, start, o, ProgressListener.NONE, cancel);
    }
}
