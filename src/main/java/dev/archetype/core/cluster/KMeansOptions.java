package dev.archetype.core.cluster;

import java.util.Objects;

/**
 * Validated settings of one k-means run.
 *
 * @param k             number of clusters, at least 1
 * @param restarts      independent initialisations; the lowest SSE wins. At least 1
 * @param maxIterations Lloyd iteration cap per restart, at least 1
 * @param tolerance     relative tolerance: a restart stops when the squared centre movement summed over clusters
 *                      falls to {@code tolerance × mean feature variance} (scikit-learn's rule). 0 or more
 * @param seed          seeds all randomness; the same seed gives the same result on any number of threads
 * @param init          initialisation method
 * @param distance      Euclidean or cosine (spherical k-means)
 * @param threads       worker threads, at least 1
 */
public record KMeansOptions(int k, int restarts, int maxIterations, double tolerance, long seed, Init init,
                            Distance distance, int threads) {
    public KMeansOptions {
        if (k < 1) throw new IllegalArgumentException("k must be at least 1, got " + k);
        if (restarts < 1) throw new IllegalArgumentException("restarts must be at least 1, got " + restarts);
        if (maxIterations < 1) throw new IllegalArgumentException("maxIterations must be at least 1, got " + maxIterations);
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be a finite number ≥ 0, got " + tolerance);
        }
        Objects.requireNonNull(init, "init");
        Objects.requireNonNull(distance, "distance");
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }

    /** 10 restarts, 300 iterations, tolerance 1e-4, seed 0, k-means++, Euclidean, all processors. */
    public static KMeansOptions defaults(int k) {
        return new KMeansOptions(k, 10, 300, 1e-4, 0L, Init.KMEANS_PLUS_PLUS, Distance.EUCLIDEAN,
                Runtime.getRuntime().availableProcessors());
    }

    public KMeansOptions withK(int newK) {
        return new KMeansOptions(newK, restarts, maxIterations, tolerance, seed, init, distance, threads);
    }

    public KMeansOptions withRestarts(int n) {
        return new KMeansOptions(k, n, maxIterations, tolerance, seed, init, distance, threads);
    }

    public KMeansOptions withMaxIterations(int n) {
        return new KMeansOptions(k, restarts, n, tolerance, seed, init, distance, threads);
    }

    public KMeansOptions withTolerance(double t) {
        return new KMeansOptions(k, restarts, maxIterations, t, seed, init, distance, threads);
    }

    public KMeansOptions withSeed(long s) {
        return new KMeansOptions(k, restarts, maxIterations, tolerance, s, init, distance, threads);
    }

    public KMeansOptions withInit(Init i) {
        return new KMeansOptions(k, restarts, maxIterations, tolerance, seed, i, distance, threads);
    }

    public KMeansOptions withDistance(Distance d) {
        return new KMeansOptions(k, restarts, maxIterations, tolerance, seed, init, d, threads);
    }

    public KMeansOptions withThreads(int t) {
        return new KMeansOptions(k, restarts, maxIterations, tolerance, seed, init, distance, t);
    }
}
