package dev.archetype.ui.workbench;

import dev.archetype.core.cluster.SweepResult;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.profile.Projection;

/**
 * A finished Compare k: the sweep and what it ran on, so a k picked from it can be shown without a rerun.
 *
 * @param data       the dataset at the time of the run
 * @param matrix     the prepared features the sweep clustered
 * @param projection the 2-D PCA projection of {@code matrix}, shared by every k of the sweep
 * @param result     the sweep
 */
public record SweepRun(Dataset data, FeatureMatrix matrix, Projection projection, SweepResult result) { }
