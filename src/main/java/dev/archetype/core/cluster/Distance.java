package dev.archetype.core.cluster;

/** The distance k-means minimises. */
public enum Distance {
    /** Squared Euclidean distance; the classic k-means. */
    EUCLIDEAN,
    /**
     * Cosine distance: spherical k-means. Rows are scaled to unit length and centroids are re-normalised
     * after every update; SSE and the quality indices are then measured in that normalised space.
     */
    COSINE
}
