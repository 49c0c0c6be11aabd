package dev.archetype.core.export;

import dev.archetype.core.cluster.KMeansOptions;
import dev.archetype.core.prep.FeatureSpec;

import java.time.Instant;
import java.util.Objects;

/**
 * How the result was made, for the "Run" sheet: with the source file, its sheet and the features (taken from
 * the request) this is enough to run it again.
 *
 * @param scaling       e.g. "ZSCORE"
 * @param missing       missing-value policy, e.g. "MEAN"
 * @param distance      e.g. "EUCLIDEAN"
 * @param init          e.g. "KMEANS_PLUS_PLUS"
 * @param restarts      k-means restarts
 * @param maxIterations Lloyd iteration cap
 * @param tolerance     convergence tolerance
 * @param seed          random seed
 * @param appVersion    the application version
 * @param time          when the export was made
 * @param command       a command line that reproduces the result, or null when not known
 */
public record RunInfo(String scaling, String missing, String distance, String init, int restarts, int maxIterations,
                      double tolerance, long seed, String appVersion, Instant time, String command) {
    public RunInfo {
        Objects.requireNonNull(scaling, "scaling");
        Objects.requireNonNull(missing, "missing");
        Objects.requireNonNull(distance, "distance");
        Objects.requireNonNull(init, "init");
        Objects.requireNonNull(appVersion, "appVersion");
        Objects.requireNonNull(time, "time");
    }

    /** The settings of a run made with {@code spec} and {@code options}. */
    public static RunInfo of(FeatureSpec spec, KMeansOptions options, String appVersion, Instant time, String command) {
        return new RunInfo(spec.scaling().name(), spec.missing().name(), options.distance().name(), options.init().name(),
                options.restarts(), options.maxIterations(), options.tolerance(), options.seed(), appVersion, time, command);
    }
}
