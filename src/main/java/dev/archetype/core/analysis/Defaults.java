package dev.archetype.core.analysis;

import dev.archetype.core.cluster.Distance;
import dev.archetype.core.data.Column;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.prep.FeatureSpec;
import dev.archetype.core.prep.Scaling;
import dev.archetype.core.transactions.TransactionData;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place defaults are decided, for the window, the command line and projects alike. A choice the user made
 * in the {@link AnalysisSpec} always wins; only its nulls are filled here.
 */
public final class Defaults {
    private Defaults() { }

    /** The features to cluster on: a pivot's item columns, else every numeric column that is not an identifier. */
    public static List<String> features(Dataset data, TransactionData pivot) {
        if (pivot != null) return pivot.features();
        List<String> cols = new ArrayList<>();
        for (Column c : data.columns()) if (c.type().isDefaultFeature()) cols.add(c.name());
        if (cols.isEmpty()) {
            throw new IllegalArgumentException(data.source() + " has no numeric columns to cluster on; name the columns to use");
        }
        return cols;
    }

    /** Z-score, except for pivoted purchases: their 0/1 (or count) columns share one scale, and z-scores would make the rarest items weigh most. */
    public static Scaling scaling(TransactionData pivot) {
        return pivot != null ? Scaling.NONE : Scaling.ZSCORE;
    }

    /**
     * Euclidean, also for pivoted purchases, where cosine is offered as a tip with its reason. Measured on the
     * wine offers (k = 4, seeds 0–19, docs/transactions.md): Euclidean finds the four groups of the book in 19 of
     * 20 runs, cosine in 13. And a table of 0/1 flags with a customer who has none set has no direction, so
     * cosine could not place that customer at all.
     */
    public static Distance distance(TransactionData pivot) {
        return Distance.EUCLIDEAN;
    }

    /** Skewness above this makes an amount column "heavily skewed": a few customers dwarf the rest. */
    public static final double HEAVY_SKEW = 2.0;

    /**
     * The non-negative numeric columns among {@code columns} so skewed that a few large values would decide the
     * clusters, with their skewness: suggested for the log transform.
     */
    public static java.util.Map<String, Double> skewedAmounts(Dataset data, List<String> columns) {
        java.util.Map<String, Double> out = new java.util.LinkedHashMap<>();
        for (String name : columns) {
            if (!(data.column(name).orElse(null) instanceof dev.archetype.core.data.NumericColumn n)) continue;
            // shares of a customer's total are bounded 0..1: their skew is the mix itself, not a few giants
            if (n.type() == dev.archetype.core.data.ColumnType.BOOLEAN || n.isProportion()) continue;
            double skew = n.amountSkewness();
            if (skew > HEAVY_SKEW) out.put(name, skew);
        }
        return out;
    }

    /**
     * Computes, off the FX thread, the per-column figures the status bar and the set-up panel ask for on every change
     * (missing counts, skewness), so the window's first look at a million rows does not stall it (it did for up to
     * 0.96 s).
     */
    public static void warm(Dataset data) {
        for (var c : data.columns()) {
            c.missingCount();
            if (c instanceof dev.archetype.core.data.NumericColumn n) {
                n.amountSkewness();
                n.isZeroOne();
            }
        }
    }

    /** How many rows have a missing value among {@code columns}: what dropping rows would leave out. */
    public static int rowsWithMissing(Dataset data, List<String> columns) {
        return dev.archetype.core.prep.Preparer.rowsAffectedByMissing(data, columns);
    }

    /** The spec with every default filled for {@code data}. */
    public static Resolved resolve(AnalysisSpec spec, Dataset data, TransactionData pivot) {
        if (data.rowCount() < 2) {
            throw new IllegalArgumentException(data.source() + " has " + (data.rowCount() == 0 ? "no rows" : "only one row")
                    + " of data; clustering needs at least two customers");
        }
        List<String> features = spec.features() != null && !spec.features().isEmpty() ? spec.features() : features(data, pivot);
        Scaling scaling = spec.scaling() != null ? spec.scaling() : scaling(pivot);
        Distance distance = spec.distance() != null ? spec.distance() : distance(pivot);
        List<String> logged = spec.logFeatures().stream().filter(features::contains).toList();
        return new Resolved(new FeatureSpec(features, scaling, spec.missing(), logged), distance);
    }

    /** The choices an analysis ran with. */
    public record Resolved(FeatureSpec features, Distance distance) { }
}
