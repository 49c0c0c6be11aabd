package dev.archetype.core.analysis;

import dev.archetype.core.cluster.Distance;
import dev.archetype.core.cluster.KMeansOptions;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.prep.MissingPolicy;
import dev.archetype.core.prep.Scaling;
import dev.archetype.core.transactions.TransactionRequest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One description of an analysis, the same for the window, the command line and projects: what to read and how,
 * an optional pivot of transactions or RFM derivation, the features and their preparation, the distance, the k
 * (and an optional k range to compare), restarts and seed, and the user's archetype names.
 *
 * <p>A null {@code features}, {@code scaling} or {@code distance} means "the default for this data", which
 * {@link Defaults} decides — the one place a default lives. Immutable; validated on construction.
 *
 * @param source        the data file
 * @param importOptions how to read it
 * @param pivot         transactions to pivot to one row per customer, or null
 * @param rfm           derive recency, frequency, monetary value and tenure from dated purchases instead
 * @param features      the columns to cluster on, or null for the default ones
 * @param scaling       numeric scaling, or null for the default (z-score; none for pivoted purchases)
 * @param missing       the missing-value policy
 * @param distance      the distance, or null for the default (cosine for sparse pivoted purchases, else Euclidean)
 * @param k             the number of archetypes
 * @param kMin          the smallest k to compare, 0 for no comparison
 * @param kMax          the largest k to compare, 0 for no comparison
 * @param restarts      k-means restarts per k; 0 (the default) restarts until three agree on the best solution
 *                      (at most 200), then a swap search, so the optimum does not depend on the seed
 * @param seed          seeds every random choice
 * @param names         the user's archetype names in cluster order (null or blank entries keep the drafted name)
 * @param init          k-means initialisation (k-means++ unless a project says otherwise)
 * @param maxIterations Lloyd iteration cap per restart
 * @param tolerance     convergence tolerance (see {@link KMeansOptions#tolerance()})
 * @param logFeatures   numeric features taken as log(1 + x) before scaling (skewed amounts); empty for none
 */
public record AnalysisSpec(Path source, ImportOptions importOptions, TransactionRequest pivot, boolean rfm,
                           List<String> features, Scaling scaling, MissingPolicy missing, Distance distance,
                           int k, int kMin, int kMax, int restarts, long seed, List<String> names,
                           dev.archetype.core.cluster.Init init, int maxIterations, double tolerance, List<String> logFeatures) {
    /** Adaptive restarts: see {@link dev.archetype.core.cluster.KMeansOptions#withAutoRestarts()}. */
    public static final int AUTO_RESTARTS = 0;
    public static final int DEFAULT_RESTARTS = AUTO_RESTARTS;
    public static final long DEFAULT_SEED = 0;
    public static final int DEFAULT_K = 4;
    public static final int DEFAULT_K_MIN = 2;
    public static final int DEFAULT_K_MAX = 10;

    public AnalysisSpec {
        Objects.requireNonNull(source, "source");
        importOptions = importOptions == null ? ImportOptions.defaults() : importOptions;
        if (pivot != null && rfm) throw new IllegalArgumentException("Use either a pivot of transactions or RFM, not both");
        features = features == null ? null : List.copyOf(features);
        missing = missing == null ? MissingPolicy.MEAN : missing;
        if (k < 1 || k > KMeansOptions.MAX_K) throw new IllegalArgumentException("k must be between 1 and " + KMeansOptions.MAX_K + ", got " + k);
        if (kMin != 0 || kMax != 0) {
            if (kMin < 1 || kMax < kMin || kMax > KMeansOptions.MAX_K) {
                throw new IllegalArgumentException("the k range must satisfy 1 ≤ min ≤ max ≤ " + KMeansOptions.MAX_K + ", got " + kMin + ".." + kMax);
            }
        }
        if (restarts < 0 || restarts > KMeansOptions.MAX_RESTARTS) {
            throw new IllegalArgumentException("restarts must be auto (0) or between 1 and " + KMeansOptions.MAX_RESTARTS + ", got " + restarts);
        }
        names = names == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(names));
        Objects.requireNonNull(init, "init");
        logFeatures = logFeatures == null ? List.of() : List.copyOf(logFeatures);
        if (maxIterations < 1 || maxIterations > 100_000) throw new IllegalArgumentException("maxIterations must be between 1 and 100,000, got " + maxIterations);
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) throw new IllegalArgumentException("tolerance must be a finite number ≥ 0, got " + tolerance);
    }

    /** The same analysis with these numeric features log-transformed before scaling. */
    public AnalysisSpec withLogFeatures(List<String> columns) {
        return new AnalysisSpec(source, importOptions, pivot, rfm, features, scaling, missing, distance, k, kMin, kMax, restarts, seed,
                names, init, maxIterations, tolerance, columns);
    }

    /** The same analysis with these k-means details (a project's, or the set-up panel's). */
    public AnalysisSpec withIterationSettings(dev.archetype.core.cluster.Init newInit, int newMaxIterations, double newTolerance) {
        return new AnalysisSpec(source, importOptions, pivot, rfm, features, scaling, missing, distance, k, kMin, kMax, restarts, seed,
                names, newInit, newMaxIterations, newTolerance, logFeatures);
    }

    /** An analysis of {@code source} with every default: read as detected, default features, k = 4. */
    public static AnalysisSpec of(Path source) {
        return new AnalysisSpec(source, ImportOptions.defaults(), null, false, null, null, MissingPolicy.MEAN, null,
                DEFAULT_K, 0, 0, DEFAULT_RESTARTS, DEFAULT_SEED, null, KMeansOptions.defaults(1).init(),
                KMeansOptions.defaults(1).maxIterations(), KMeansOptions.defaults(1).tolerance(), List.of());
    }

    /** An analysis of an opened file with every default: its source, import options and pivot or RFM step. */
    public static AnalysisSpec of(OpenedData opened) {
        return of(opened.path()).withImportOptions(opened.importOptions()).withPivot(opened.pivotRequest()).withRfm(opened.rfm() != null);
    }

    public boolean compares() { return kMin > 0; }

    /** The k-means options of this spec for {@code clusters}, with the resolved distance. */
    public KMeansOptions kmeansOptions(int clusters, dev.archetype.core.cluster.Distance resolvedDistance, int threads) {
        KMeansOptions o = KMeansOptions.defaults(clusters).withSeed(seed).withDistance(resolvedDistance).withThreads(threads)
                .withInit(init).withMaxIterations(maxIterations).withTolerance(tolerance);
        return restarts == AUTO_RESTARTS ? o.withAutoRestarts() : o.withRestarts(restarts);
    }

    /**
     * Whether {@code other} describes the same clustering: everything but the names and the k range compared
     * (a renamed result, or one looked at within another range, is still the same analysis).
     */
    public boolean sameClustering(AnalysisSpec other) {
        return other != null && source.equals(other.source) && importOptions.equals(other.importOptions)
                && Objects.equals(pivot, other.pivot) && rfm == other.rfm && Objects.equals(features, other.features)
                && scaling == other.scaling && missing == other.missing && distance == other.distance && k == other.k
                && restarts == other.restarts && seed == other.seed && init == other.init && maxIterations == other.maxIterations
                && Double.compare(tolerance, other.tolerance) == 0 && logFeatures.equals(other.logFeatures);
    }

    /** Whether {@code other} describes the same comparison over k (same as {@link #sameClustering} but for k, and the same range). */
    public boolean sameComparison(AnalysisSpec other) {
        return other != null && withK(other.k).withNames(null).equals(other.withNames(null)) && kMin == other.kMin && kMax == other.kMax;
    }

    public AnalysisSpec withSource(Path p) { return new AnalysisSpec(p, importOptions, pivot, rfm, features, scaling, missing, distance, k, kMin, kMax, restarts, seed, names, init, maxIterations, tolerance, logFeatures); }
    public AnalysisSpec withImportOptions(ImportOptions o) { return new AnalysisSpec(source, o, pivot, rfm, features, scaling, missing, distance, k, kMin, kMax, restarts, seed, names, init, maxIterations, tolerance, logFeatures); }
    public AnalysisSpec withPivot(TransactionRequest p) { return new AnalysisSpec(source, importOptions, p, rfm, features, scaling, missing, distance, k, kMin, kMax, restarts, seed, names, init, maxIterations, tolerance, logFeatures); }
    public AnalysisSpec withRfm(boolean r) { return new AnalysisSpec(source, importOptions, pivot, r, features, scaling, missing, distance, k, kMin, kMax, restarts, seed, names, init, maxIterations, tolerance, logFeatures); }
    public AnalysisSpec withFeatures(List<String> f) { return new AnalysisSpec(source, importOptions, pivot, rfm, f, scaling, missing, distance, k, kMin, kMax, restarts, seed, names, init, maxIterations, tolerance, logFeatures); }
    public AnalysisSpec withScaling(Scaling s) { return new AnalysisSpec(source, importOptions, pivot, rfm, features, s, missing, distance, k, kMin, kMax, restarts, seed, names, init, maxIterations, tolerance, logFeatures); }
    public AnalysisSpec withMissing(MissingPolicy m) { return new AnalysisSpec(source, importOptions, pivot, rfm, features, scaling, m, distance, k, kMin, kMax, restarts, seed, names, init, maxIterations, tolerance, logFeatures); }
    public AnalysisSpec withDistance(Distance d) { return new AnalysisSpec(source, importOptions, pivot, rfm, features, scaling, missing, d, k, kMin, kMax, restarts, seed, names, init, maxIterations, tolerance, logFeatures); }
    public AnalysisSpec withK(int newK) { return new AnalysisSpec(source, importOptions, pivot, rfm, features, scaling, missing, distance, newK, kMin, kMax, restarts, seed, names, init, maxIterations, tolerance, logFeatures); }
    public AnalysisSpec withKRange(int min, int max) { return new AnalysisSpec(source, importOptions, pivot, rfm, features, scaling, missing, distance, k, min, max, restarts, seed, names, init, maxIterations, tolerance, logFeatures); }
    public AnalysisSpec withRestarts(int r) { return new AnalysisSpec(source, importOptions, pivot, rfm, features, scaling, missing, distance, k, kMin, kMax, r, seed, names, init, maxIterations, tolerance, logFeatures); }
    public AnalysisSpec withSeed(long s) { return new AnalysisSpec(source, importOptions, pivot, rfm, features, scaling, missing, distance, k, kMin, kMax, restarts, s, names, init, maxIterations, tolerance, logFeatures); }
    public AnalysisSpec withNames(List<String> n) { return new AnalysisSpec(source, importOptions, pivot, rfm, features, scaling, missing, distance, k, kMin, kMax, restarts, seed, n, init, maxIterations, tolerance, logFeatures); }
}
