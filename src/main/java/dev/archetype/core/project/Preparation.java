package dev.archetype.core.project;

import java.util.List;
import java.util.Objects;

/**
 * Which columns become features and how they are prepared. Policies are kept by enum constant name
 * (for example {@code "STANDARDIZE"}, {@code "IMPUTE_MEAN"}) so a project written by a newer version with
 * a policy this version lacks fails with a clear message at re-run rather than at load.
 *
 * @param features      dataset column names, in the order chosen
 * @param scaling       scaling policy name
 * @param missingPolicy missing-value policy name
 */
public record Preparation(List<String> features, String scaling, String missingPolicy) {
    public Preparation {
        features = List.copyOf(features);
        Objects.requireNonNull(scaling, "scaling");
        Objects.requireNonNull(missingPolicy, "missingPolicy");
        if (features.isEmpty()) throw new IllegalArgumentException("a project needs at least one feature");
        if (features.stream().distinct().count() != features.size()) {
            throw new IllegalArgumentException("features are listed twice: " + features);
        }
    }
}
