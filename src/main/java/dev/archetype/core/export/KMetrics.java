package dev.archetype.core.export;

/**
 * One k of a sweep as the Compare k sheet shows it.
 *
 * @param silhouette NaN when not computed; {@code silhouetteSampled} says whether it was estimated from a sample
 */
public record KMetrics(int k, double sse, double silhouette, boolean silhouetteSampled, double calinskiHarabasz,
                       double daviesBouldin, double stability, int[] sizes) {
    public KMetrics {
        sizes = sizes.clone();
    }

    @Override public int[] sizes() { return sizes.clone(); }
}
