package dev.archetype.ui.workbench;

import dev.archetype.core.cluster.KMeansOptions;
import dev.archetype.core.prep.FeatureSpec;

import java.util.Objects;

/**
 * The choices a clustering on screen was computed with (not the set-up panel's current state, which the
 * user may have changed since): what a saved project records.
 *
 * @param features the prepared features
 * @param options  the k-means options; {@code options.k()} is the k shown
 * @param kMin     smallest k of the Compare k sweep the k was looked at in ({@code options.k()} without one)
 * @param kMax     largest k of that sweep ({@code options.k()} without one)
 */
public record RunSettings(FeatureSpec features, KMeansOptions options, int kMin, int kMax) {
    public RunSettings {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(options, "options");
        if (kMin > options.k() || kMax < options.k()) {
            throw new IllegalArgumentException("k = " + options.k() + " is outside " + kMin + ".." + kMax);
        }
    }

    /** The same choices shown at another k of the same range. */
    RunSettings withK(int k) {
        return new RunSettings(features, options.withK(k), Math.min(kMin, k), Math.max(kMax, k));
    }

    /** Whether a sweep over a range was part of the analysis. */
    public boolean hasRange() {
        return kMin < kMax;
    }
}
