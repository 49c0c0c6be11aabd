package dev.archetype.core.project;

import dev.archetype.core.prep.FeatureSpec;
import dev.archetype.core.prep.MissingPolicy;
import dev.archetype.core.prep.Scaling;

import java.util.List;
import java.util.Objects;

/**
 * Which columns become features and how they are prepared. Policies are kept by enum constant name
 * ({@link Scaling}, {@link MissingPolicy}) so a project written by a newer version with
 * a policy this version lacks fails with a clear message at re-run rather than at load.
 *
 * @param features      dataset column names, in the order chosen
 * @param scaling       scaling policy name
 * @param missingPolicy missing-value policy name
 */
public record Preparation(List<String> features, String scaling, String missingPolicy, List<String> logFeatures) {
    /** A preparation without log-transformed columns (projects saved before they existed). */
    public Preparation(List<String> features, String scaling, String missingPolicy) {
        this(features, scaling, missingPolicy, List.of());
    }

    public Preparation {
        logFeatures = logFeatures == null ? List.of() : List.copyOf(logFeatures);
        features = List.copyOf(features);
        Objects.requireNonNull(scaling, "scaling");
        Objects.requireNonNull(missingPolicy, "missingPolicy");
        if (features.isEmpty()) throw new IllegalArgumentException("a project needs at least one feature");
        if (features.stream().distinct().count() != features.size()) {
            throw new IllegalArgumentException("features are listed twice: " + features);
        }
    }

    /** What the feature picker chose. */
    public static Preparation of(FeatureSpec spec) {
        return new Preparation(spec.columns(), spec.scaling().name(), spec.missing().name(), spec.logged());
    }

    /**
     * The spec to prepare the data with again.
     *
     * @throws IllegalArgumentException naming the policy when this version does not know it
     */
    public FeatureSpec toFeatureSpec() {
        return new FeatureSpec(features, EnumNames.parse(Scaling.class, scaling, "scaling"),
                EnumNames.parse(MissingPolicy.class, missingPolicy, "missing-value policy"), logFeatures);
    }
}
