package dev.archetype.core.project;

import dev.archetype.core.cluster.Distance;
import dev.archetype.core.cluster.Init;
import dev.archetype.core.cluster.KMeansOptions;

import java.util.Objects;

/**
 * The k-means settings a project re-runs with. With the same data, features and these values the run
 * gives the same labels (the engine is deterministic for a seed on any number of threads, so the thread
 * count is not saved).
 *
 * @param distance      distance name ({@link Distance} constant)
 * @param init          initialisation name ({@link Init} constant)
 * @param kMin          smallest k of the sweep
 * @param kMax          largest k of the sweep
 * @param k             the chosen k, within [kMin, kMax]
 * @param seed          random seed
 * @param restarts      independent restarts, the best kept
 * @param maxIterations Lloyd iteration cap per restart
 * @param tolerance     convergence tolerance on centroid movement
 */
public record ClusterSettings(String distance, String init, int kMin, int kMax, int k, long seed, int restarts,
                             int maxIterations, double tolerance) {
    /** A project asking for more Lloyd iterations than this is damaged or hostile; the default is 300. */
    static final int MAX_ITERATIONS = 100_000;

    public ClusterSettings {
        Objects.requireNonNull(distance, "distance");
        Objects.requireNonNull(init, "init");
        if (kMin < 1 || kMax < kMin || kMax > KMeansOptions.MAX_K) {
            throw new IllegalArgumentException("k range must satisfy 1 ≤ min ≤ max ≤ " + KMeansOptions.MAX_K + ", got " + kMin + ".." + kMax);
        }
        if (k < kMin || k > kMax) throw new IllegalArgumentException("chosen k " + k + " is outside the range " + kMin + ".." + kMax);
        if (restarts < 0 || restarts > KMeansOptions.MAX_RESTARTS) {
            throw new IllegalArgumentException("restarts must be between 1 and " + KMeansOptions.MAX_RESTARTS
                    + " (or 0 for auto), got " + restarts);
        }
        if (maxIterations < 1 || maxIterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("max iterations must be between 1 and " + MAX_ITERATIONS + ", got " + maxIterations);
        }
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) throw new IllegalArgumentException("tolerance must be ≥ 0, got " + tolerance);
    }

    /** The settings of a run chosen with k from a sweep over {@code kMin..kMax}. */
    public static ClusterSettings of(KMeansOptions options, int kMin, int kMax) {
        return new ClusterSettings(options.distance().name(), options.init().name(), kMin, kMax, options.k(),
                options.seed(), options.adaptive() ? 0 : options.restarts(), options.maxIterations(), options.tolerance());
    }

    /**
     * Options to run the chosen k again.
     *
     * @param threads worker threads for this machine (does not change the result)
     * @throws IllegalArgumentException naming the setting when this version does not know it
     */
    public KMeansOptions toOptions(int threads) {
        KMeansOptions o = new KMeansOptions(k, Math.max(1, restarts), maxIterations, tolerance, seed,
                EnumNames.parse(Init.class, init, "initialisation"), EnumNames.parse(Distance.class, distance, "distance"),
                threads);
        // 0 restarts is "auto": until three agree on the best solution
        return restarts == 0 ? o.withAutoRestarts() : o;
    }
}
