package dev.archetype.core.cluster;

/**
 * One converged k-means solution before canonical numbering: what a restart or a swap ends with.
 *
 * @param labels     per row, its cluster
 * @param sse        within-cluster sum of squares, summed in block order
 * @param iterations Lloyd iterations it took
 * @param converged  whether Lloyd met the tolerance
 * @param centres    exact centres of {@code labels}, k × d (null where nothing needs them)
 * @param dist2      per row, its squared distance to its own centre (null where nothing needs them)
 */
record Solution(int[] labels, double sse, int iterations, boolean converged, double[] centres, double[] dist2) { }
