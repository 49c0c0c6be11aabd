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
     * Cosine for a sparse non-negative customer × item pivot (whose every customer took something), Euclidean
     * otherwise. A table of 0/1 flags that was not pivoted keeps Euclidean: a customer with no flag set would
     * have no direction, and cosine could not place them.
     */
    public static Distance distance(TransactionData pivot) {
        return pivot != null ? pivot.advice().distance() : Distance.EUCLIDEAN;
    }

    /** The spec with every default filled for {@code data}. */
    static Resolved resolve(AnalysisSpec spec, Dataset data, TransactionData pivot) {
        List<String> features = spec.features() != null && !spec.features().isEmpty() ? spec.features() : features(data, pivot);
        Scaling scaling = spec.scaling() != null ? spec.scaling() : scaling(pivot);
        Distance distance = spec.distance() != null ? spec.distance() : distance(pivot);
        return new Resolved(new FeatureSpec(features, scaling, spec.missing()), distance);
    }

    /** The choices an analysis ran with. */
    public record Resolved(FeatureSpec features, Distance distance) { }
}
