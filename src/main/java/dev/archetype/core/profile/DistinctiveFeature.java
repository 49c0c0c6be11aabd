package dev.archetype.core.profile;

import java.util.Objects;

/**
 * One thing that sets a cluster apart, in words.
 *
 * @param feature the profile row it comes from
 * @param z       the cluster's z value on that row (sign = above or below the whole)
 * @param phrase  the sentence fragment a user reads ("Grocery 3.2× the average")
 */
public record DistinctiveFeature(FeatureContrast feature, double z, String phrase) {
    public DistinctiveFeature {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(phrase, "phrase");
    }

    public boolean isAbove() { return z > 0; }
}
