package dev.archetype.core.prep;

import java.util.List;
import java.util.Objects;

/**
 * Which dataset columns become clustering features and how they are prepared.
 *
 * @param columns dataset column names, in the order the features should appear; not empty
 * @param scaling how numeric columns are scaled
 * @param missing what to do with missing cells
 * @param logged  numeric columns taken as log(1 + x) before scaling (skewed amounts); profiles stay in original units
 */
public record FeatureSpec(List<String> columns, Scaling scaling, MissingPolicy missing, List<String> logged) {
    public FeatureSpec {
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        Objects.requireNonNull(scaling, "scaling");
        Objects.requireNonNull(missing, "missing");
        logged = logged == null ? List.of() : List.copyOf(logged);
    }

    /** No column log-transformed. */
    public FeatureSpec(List<String> columns, Scaling scaling, MissingPolicy missing) {
        this(columns, scaling, missing, List.of());
    }

    /** The same spec with these columns log-transformed. */
    public FeatureSpec withLogged(List<String> columns) {
        return new FeatureSpec(this.columns, scaling, missing, columns);
    }

    /** The given columns with z-score scaling and mean imputation. */
    public static FeatureSpec of(List<String> columns) {
        return new FeatureSpec(columns, Scaling.ZSCORE, MissingPolicy.MEAN);
    }

    public FeatureSpec withScaling(Scaling s) {
        return new FeatureSpec(columns, s, missing, logged);
    }

    public FeatureSpec withMissing(MissingPolicy m) {
        return new FeatureSpec(columns, scaling, m, logged);
    }
}
