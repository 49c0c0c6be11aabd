package dev.archetype.ui.workbench.comparek;

/**
 * One k of a sweep as the elbow chart draws it.
 *
 * @param k                 number of clusters
 * @param sse               within-cluster sum of squares
 * @param silhouette        mean silhouette (NaN when not computed)
 * @param calinskiHarabasz  Calinski–Harabasz index (NaN when not computed)
 */
public record KPoint(int k, double sse, double silhouette, double calinskiHarabasz) { }
