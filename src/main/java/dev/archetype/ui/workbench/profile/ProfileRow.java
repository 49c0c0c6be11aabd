package dev.archetype.ui.workbench.profile;

import dev.archetype.core.profile.FeatureContrast;

/**
 * One row of the profile grid: either the pinned "What sets it apart" row or one feature's contrast.
 *
 * @param feature the feature's contrast; null for the "what sets it apart" row
 */
public record ProfileRow(FeatureContrast feature) {
    /** The pinned first row. */
    public static final ProfileRow APART = new ProfileRow(null);

    public boolean isApart() {
        return feature == null;
    }
}
