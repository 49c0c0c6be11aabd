package dev.archetype.core.cluster;

/** How the first centres of each restart are chosen. */
public enum Init {
    /** Greedy k-means++: each step samples 2 + ⌊ln k⌋ candidates by squared distance and keeps the best. */
    KMEANS_PLUS_PLUS,
    /** k distinct rows drawn uniformly at random. */
    RANDOM
}
