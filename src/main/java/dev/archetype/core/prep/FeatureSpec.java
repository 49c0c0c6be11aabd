package dev.archetype.core.prep;

import java.util.List;
import java.util.Objects;

/**
 * Which dataset columns become clustering features and how they are prepared.
 *
 * @param columns dataset column names, in the order the features should appear; not empty
 * @param scaling how numeric columns are scaled
 * @param missing what to do with missing cells
 */
public record FeatureSpec(List<String> columns, Scaling scaling, MissingPolicy missing) {
    public FeatureSpec {
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        Objects.requireNonNull(scaling, "scaling");
        Objects.requireNonNull(missing, "missing");
    }

    /** The given columns with z-score scaling and mean imputation. */
    public static FeatureSpec of(List<String> columns) {
        return new FeatureSpec(columns, Scaling.ZSCORE, MissingPolicy.MEAN);
    }

    public FeatureSpec withScaling(Scaling s) {
        return new FeatureSpec(columns, s, missing);
    }

    public FeatureSpec withMissing(MissingPolicy m) {
        return new FeatureSpec(columns, scaling, m);
    }
}
