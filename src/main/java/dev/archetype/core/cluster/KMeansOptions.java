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
    /** Largest k: more archetypes than this cannot be read by anyone, and the sweep's cost grows with k². */
    public static final int MAX_K = 1000;
    /** Most restarts: beyond a few hundred the best SSE no longer improves, only the wait grows. */
    public static final int MAX_RESTARTS = 1000;
    /** Most worker threads. */
    public static final int MAX_THREADS = 256;

    public KMeansOptions {
        if (k < 1 || k > MAX_K) throw new IllegalArgumentException("k must be between 1 and " + MAX_K + ", got " + k);
        if (restarts < 1 || restarts > MAX_RESTARTS) {
            throw new IllegalArgumentException("restarts must be between 1 and " + MAX_RESTARTS + ", got " + restarts);
        }
        if (maxIterations < 1) throw new IllegalArgumentException("maxIterations must be at least 1, got " + maxIterations);
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be a finite number ≥ 0, got " + tolerance);
        }
        Objects.requireNonNull(init, "init");
        Objects.requireNonNull(distance, "distance");
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be between 1 and " + MAX_THREADS + ", got " + threads);
        }
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
