package dev.archetype.core.cluster;

import dev.archetype.core.prep.EncodedFeature;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * How much to trust that the data has groups at all: the sweep's silhouettes against those of uniform noise of
 * the same shape (same features, each over the data's range; a seeded sample of at most 1,000 rows), clustered the
 * same way. Uniform noise still gives silhouettes around 0.3, so only the excess over it counts as structure.
 */
final class StructureCheck {
    /** Confidence in the structure the sweep found. */
    enum Level { STRONG, MODERATE, WEAK }

    record Verdict(Level level, String reason) { }

    static final int NULL_ROWS = 1000;
    static final double WEAK_BELOW = 0.05;
    static final double STRONG_FROM = 0.15;
    static final double STRONG_STABILITY = 0.8;

    private StructureCheck() { }

    static Verdict judge(FeatureMatrix m, List<KResult> results, int recommendedK, KMeansOptions base, Cancellation cancel) {
        List<KResult> comparable = new ArrayList<>();
        for (KResult r : results) if (r.k() >= 2 && !Double.isNaN(r.silhouette())) comparable.add(r);
        if (comparable.isEmpty()) return new Verdict(Level.MODERATE, "Only k = 1 was tried, so there is no structure to judge.");
        double[] nullSil = nullSilhouettes(m, comparable, base, cancel);
        double best = Double.NEGATIVE_INFINITY;
        int bestK = -1;
        double excessAtRecommended = Double.NaN, silAt = Double.NaN, nullAt = Double.NaN, stabilityAt = Double.NaN;
        for (int i = 0; i < comparable.size(); i++) {
            KResult r = comparable.get(i);
            double excess = r.silhouette() - nullSil[i];
            if (excess > best) {
                best = excess;
                bestK = r.k();
            }
            if (r.k() == recommendedK) {
                excessAtRecommended = excess;
                silAt = r.silhouette();
                nullAt = nullSil[i];
                stabilityAt = r.stability();
            }
        }
        if (Double.isNaN(excessAtRecommended)) {
            KResult r = comparable.get(0);
            excessAtRecommended = r.silhouette() - nullSil[0];
            silAt = r.silhouette();
            nullAt = nullSil[0];
            stabilityAt = r.stability();
        }
        if (best < WEAK_BELOW) {
            return new Verdict(Level.WEAK, String.format(Locale.ROOT, "Weak structure: no k separates the customers better than "
                    + "uniform noise of the same shape would be separated (best silhouette excess %.2f, at k = %d), so these "
                    + "archetypes may be arbitrary cuts of one crowd.", best, bestK));
        }
        boolean stable = Double.isNaN(stabilityAt) || stabilityAt >= STRONG_STABILITY;
        if (excessAtRecommended >= STRONG_FROM && stable) {
            return new Verdict(Level.STRONG, String.format(Locale.ROOT, "Strong structure: silhouette %.2f against %.2f for uniform "
                    + "noise of the same shape, and the clusters are stable.", silAt, nullAt));
        }
        return new Verdict(Level.MODERATE, String.format(Locale.ROOT, "Moderate structure: silhouette %.2f against %.2f for "
                + "uniform noise of the same shape%s.", silAt, nullAt, stable ? "" : String.format(Locale.ROOT,
                ", and the clusters are not fully stable (%.2f)", stabilityAt)));
    }

    /** The silhouette uniform noise in the data's box gets at each k, clustered with the same settings. */
    private static double[] nullSilhouettes(FeatureMatrix m, List<KResult> ks, KMeansOptions base, Cancellation cancel) {
        int n = m.rows(), d = m.cols();
        double[] lo = new double[d], hi = new double[d];
        java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        double[] x = m.data();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double v = x[i * d + j];
                if (v < lo[j]) lo[j] = v;
                if (v > hi[j]) hi[j] = v;
            }
        }
        int rows = Math.min(n, NULL_ROWS);
        SplittableRandom rnd = new SplittableRandom(base.seed() ^ 0x9E3779B97F4A7C15L);
        double[] noise = new double[rows * d];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < d; j++) noise[i * d + j] = lo[j] + (hi[j] - lo[j]) * rnd.nextDouble();
            // cosine cannot place an all-zero row; nudge such a (vanishingly rare) row off the origin
            if (base.distance() == Distance.COSINE) noise[i * d] += 1e-9;
        }
        List<EncodedFeature> features = new ArrayList<>();
        for (int j = 0; j < d; j++) features.add(new EncodedFeature("f" + j, "f" + j, null, 0, 1));
        int[] source = new int[rows];
        for (int i = 0; i < rows; i++) source[i] = i;
        FeatureMatrix ref = new FeatureMatrix(rows, d, noise, features, source, List.of());
        double[] out = new double[ks.size()];
        int[][] labelings = new int[ks.size()][];
        int[] kk = new int[ks.size()];
        for (int i = 0; i < ks.size(); i++) {
            cancel.check();
            int k = Math.min(ks.get(i).k(), rows);
            Clustering c = KMeans.run(ref, base.withK(k).withRestarts(Math.min(base.restarts(), 3)), ProgressListener.NONE, cancel);
            labelings[i] = c.labels();
            kk[i] = k;
        }
        double[] space = ref.data();
        if (base.distance() == Distance.COSINE) {
            space = space.clone();
            for (int i = 0; i < rows; i++) Vec.normalise(space, i * d, d);
        }
        Silhouette.Estimate[] sil = Silhouette.many(space, rows, d, labelings, kk, base.seed(), base.threads());
        for (int i = 0; i < out.length; i++) out[i] = sil[i].value();
        return out;
    }
}
