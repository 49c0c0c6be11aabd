package dev.archetype.cli;

import dev.archetype.core.prep.MissingPolicy;
import dev.archetype.core.prep.Scaling;
import dev.archetype.core.analysis.AnalysisSpec;
import dev.archetype.core.cluster.KMeansOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The preparation options shared by {@code sweep} and {@code cluster}. */
public final class FeatureOptions {
    @Option(names = "--features", paramLabel = "A,B,C", split = ",",
            description = "Columns to cluster on (default: every numeric, non-identifier column).")
    List<String> features;

    @Option(names = "--scale", paramLabel = "zscore|minmax|robust|none", defaultValue = "zscore",
            description = "Scaling of numeric columns (default: ${DEFAULT-VALUE}).")
    String scale;

    @Option(names = "--missing", paramLabel = "mean|median|drop", defaultValue = "mean",
            description = "Missing values: impute the mean or median, or drop the row (default: ${DEFAULT-VALUE}).")
    String missing;

    @Option(names = "--distance", paramLabel = "euclidean|cosine", defaultValue = "euclidean",
            description = "Distance (default: ${DEFAULT-VALUE}); cosine runs spherical k-means.")
    String distance;

    @Option(names = "--restarts", paramLabel = "N|auto", defaultValue = "auto",
            description = "Restarts per k: exactly N, or auto (the default): at least 50, until three agree on the best solution (at most 200; fewer on big data), then a swap search that moves one centre at a time while the SSE drops.")
    String restarts;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--log", paramLabel = "A,B", split = ",",
            description = "Take these amount columns as log(1 + x) before scaling, so a few very large customers do not decide the clusters; profiles stay in original units.")
    List<String> log;

    @Option(names = "--init", paramLabel = "kmeans++|random", defaultValue = "kmeans++",
            description = "Initialisation of each restart (default: ${DEFAULT-VALUE}).")
    String init;

    @Option(names = "--max-iterations", paramLabel = "N", defaultValue = "300", description = "Lloyd iterations per restart at most (default: ${DEFAULT-VALUE}).")
    int maxIterations;

    @Option(names = "--tolerance", paramLabel = "T", defaultValue = "1e-4",
            description = "Convergence tolerance, relative to the mean feature variance (default: ${DEFAULT-VALUE}).")
    double tolerance;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all processors).")
    Integer threads;

    Scaling scaling() {
        return switch (scale.toLowerCase(Locale.ROOT)) {
            case "zscore", "z-score", "standard" -> Scaling.ZSCORE;
            case "minmax", "min-max" -> Scaling.MINMAX;
            case "robust" -> Scaling.ROBUST;
            case "none" -> Scaling.NONE;
            default -> throw new IllegalArgumentException("--scale must be zscore, minmax, robust or none, not '" + scale + "'");
        };
    }

    MissingPolicy missingPolicy() {
        return switch (missing.toLowerCase(Locale.ROOT)) {
            case "mean" -> MissingPolicy.MEAN;
            case "median" -> MissingPolicy.MEDIAN;
            case "drop" -> MissingPolicy.DROP_ROWS;
            default -> throw new IllegalArgumentException("--missing must be mean, median or drop, not '" + missing + "'");
        };
    }

    dev.archetype.core.cluster.Distance distanceChoice() {
        return switch (distance.toLowerCase(Locale.ROOT)) {
            case "euclidean" -> dev.archetype.core.cluster.Distance.EUCLIDEAN;
            case "cosine" -> dev.archetype.core.cluster.Distance.COSINE;
            default -> throw new IllegalArgumentException("--distance must be euclidean or cosine, not '" + distance + "'");
        };
    }

    /**
     * Checks every limit before any file is read, so a mistyped option is a usage error (exit 2) that
     * states the limit rather than an hour-long run or a failure halfway.
     */
    public void validate(CommandSpec spec, int kMin, int kMax) {
        if (kMin < 1 || kMax > KMeansOptions.MAX_K || kMin > kMax) {
            throw new ParameterException(spec.commandLine(), kMin == kMax
                    ? "--k must be between 1 and " + KMeansOptions.MAX_K + ", not " + kMin
                    : "--k must be a range MIN..MAX with 1 ≤ MIN ≤ MAX ≤ " + KMeansOptions.MAX_K + ", not " + kMin + ".." + kMax);
        }
        try {
            restartCount();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (threads != null && (threads < 1 || threads > KMeansOptions.MAX_THREADS)) {
            throw new ParameterException(spec.commandLine(),
                    "--threads must be between 1 and " + KMeansOptions.MAX_THREADS + ", not " + threads);
        }
        try {
            scaling();
            missingPolicy();
            distanceChoice();
            initChoice();
            if (maxIterations < 1 || maxIterations > 100_000) throw new IllegalArgumentException("--max-iterations must be between 1 and 100,000, not " + maxIterations);
            if (!(tolerance >= 0) || Double.isInfinite(tolerance)) throw new IllegalArgumentException("--tolerance must be a number ≥ 0, not " + tolerance);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * The spec with these choices; scaling and distance stay unset (the analysis's default for the data) unless
     * given, so the command line and the window default alike.
     */
    public AnalysisSpec applyTo(AnalysisSpec s, CommandSpec cmd) {
        var parsed = cmd.commandLine().getParseResult();
        // a name holding a comma comes in double quotes (picocli does not split inside them); the quotes are not part of it
        if (features != null && !features.isEmpty()) s = s.withFeatures(unquoted(features));
        s = s.withScaling(parsed.hasMatchedOption("--scale") ? scaling() : null);
        s = s.withDistance(parsed.hasMatchedOption("--distance") ? distanceChoice() : null);
        if (log != null) s = s.withLogFeatures(unquoted(log));
        return s.withMissing(missingPolicy()).withRestarts(restartCount()).withSeed(seed)
                .withIterationSettings(initChoice(), maxIterations, tolerance);
    }

    dev.archetype.core.cluster.Init initChoice() {
        return switch (init.toLowerCase(Locale.ROOT)) {
            case "kmeans++", "k-means++", "kmeans_plus_plus" -> dev.archetype.core.cluster.Init.KMEANS_PLUS_PLUS;
            case "random" -> dev.archetype.core.cluster.Init.RANDOM;
            default -> throw new IllegalArgumentException("--init must be kmeans++ or random, not '" + init + "'");
        };
    }

    /** The --restarts choice: 0 for auto, else the exact count. */
    int restartCount() {
        if (restarts == null || restarts.equalsIgnoreCase("auto")) return 0;
        try {
            int n = Integer.parseInt(restarts.trim());
            if (n >= 1 && n <= KMeansOptions.MAX_RESTARTS) return n;
        } catch (NumberFormatException ignored) {
            // the message below says what is accepted
        }
        throw new IllegalArgumentException("--restarts must be auto or between 1 and " + KMeansOptions.MAX_RESTARTS + ", not " + restarts);
    }

    /** Column names as typed, without the double quotes that keep a name holding a comma in one piece. */
    private static List<String> unquoted(List<String> names) {
        return names.stream().map(f -> f.trim().replaceAll("^\"(.*)\"$", "$1")).toList();
    }

    int threads() {
        return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    }

    /** As {@link #kRange(String)}, a malformed range being a usage error. */
    public static int[] kRange(CommandSpec spec, String text) {
        try {
            return kRange(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** "2..10", "4" → {min, max}. */
    static int[] kRange(String text) {
        String t = text.trim();
        try {
            if (t.contains("..")) {
                String[] p = t.split("\\.\\.", -1);
                if (p.length != 2) throw new NumberFormatException();
                return new int[] {Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim())};
            }
            int k = Integer.parseInt(t);
            return new int[] {k, k};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--k must be a number or a range like 2..10, not '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return "features=" + (features == null ? "default" : Arrays.toString(features.toArray()));
    }
}
