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
 * @param agreement     0: run exactly {@code restarts}; n ≥ 1: keep restarting until the best solution has been
 *                      found by n restarts, {@code restarts} being the cap (the default: the optimum then does not
 *                      depend on the seed)
 */
public record KMeansOptions(int k, int restarts, int maxIterations, double tolerance, long seed, Init init,
                            Distance distance, int threads, int agreement) {
    /** Largest k: more archetypes than this cannot be read by anyone, and the sweep's cost grows with k². */
    public static final int MAX_K = 1000;
    /** Most restarts: beyond a few hundred the best SSE no longer improves, only the wait grows. */
    public static final int MAX_RESTARTS = 1000;
    /** Most worker threads. */
    public static final int MAX_THREADS = 256;

    /** Restarts a default (adaptive) run may use at most. */
    public static final int AUTO_RESTART_CAP = 200;
    /** How many restarts must find the best solution before an adaptive run stops. */
    public static final int AUTO_AGREEMENT = 3;

    /** Exactly {@code restarts} restarts. */
    public KMeansOptions(int k, int restarts, int maxIterations, double tolerance, long seed, Init init,
                         Distance distance, int threads) {
        this(k, restarts, maxIterations, tolerance, seed, init, distance, threads, 0);
    }

    public KMeansOptions {
        if (agreement < 0 || agreement > restarts) {
            throw new IllegalArgumentException("agreement must be between 0 and the restarts (" + restarts + "), got " + agreement);
        }
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

    /** Adaptive restarts: until {@link #AUTO_AGREEMENT} restarts agree on the best solution, at most {@link #AUTO_RESTART_CAP}. */
    public KMeansOptions withAutoRestarts() {
        return new KMeansOptions(k, AUTO_RESTART_CAP, maxIterations, tolerance, seed, init, distance, threads, AUTO_AGREEMENT);
    }

    /** Whether restarts stop once enough of them agree (see {@link #agreement()}). */
    public boolean adaptive() {
        return agreement > 0;
    }

    public KMeansOptions withK(int newK) {
        return new KMeansOptions(newK, restarts, maxIterations, tolerance, seed, init, distance, threads, agreement);
    }

    /** Exactly {@code n} restarts (not adaptive). */
    public KMeansOptions withRestarts(int n) {
        return new KMeansOptions(k, n, maxIterations, tolerance, seed, init, distance, threads, 0);
    }

    public KMeansOptions withMaxIterations(int n) {
        return new KMeansOptions(k, restarts, n, tolerance, seed, init, distance, threads, agreement);
    }

    public KMeansOptions withTolerance(double t) {
        return new KMeansOptions(k, restarts, maxIterations, t, seed, init, distance, threads, agreement);
    }

    public KMeansOptions withSeed(long s) {
        return new KMeansOptions(k, restarts, maxIterations, tolerance, s, init, distance, threads, agreement);
    }

    public KMeansOptions withInit(Init i) {
        return new KMeansOptions(k, restarts, maxIterations, tolerance, seed, i, distance, threads, agreement);
    }

    public KMeansOptions withDistance(Distance d) {
        return new KMeansOptions(k, restarts, maxIterations, tolerance, seed, init, d, threads, agreement);
    }

    public KMeansOptions withThreads(int t) {
        return new KMeansOptions(k, restarts, maxIterations, tolerance, seed, init, distance, t, agreement);
    }
}
