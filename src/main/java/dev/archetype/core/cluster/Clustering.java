package dev.archetype.core.cluster;

import java.util.Arrays;

/**
 * The result of one k-means run, in canonical numbering: cluster 0 (shown as "1") is the largest,
 * ties broken by the smallest first member row, so labels never swap between runs.
 *
 * @param k          number of clusters
 * @param dims       d, the feature-matrix width
 * @param labels     per feature-matrix row, 0..k-1
 * @param centroids  k × d row-major, in the scaled space of the feature matrix
 * @param sizes      members per cluster (sizes[0] is the largest)
 * @param sse        within-cluster sum of squared distances (in the space k-means ran in)
 * @param distances  per row, distance (not squared) to its centroid, in that same space
 * @param iterations Lloyd iterations of the winning restart
 * @param converged  whether the winning restart met the tolerance before the iteration cap
 * @param restarts    restarts run
 * @param bestFoundBy how many of them reached the best solution (1: found once, another seed may do better)
 */
public record Clustering(int k, int dims, int[] labels, double[] centroids, int[] sizes, double sse,
                         double[] distances, int iterations, boolean converged, int restarts, int bestFoundBy) {
    /** One run, one restart. */
    public Clustering(int k, int dims, int[] labels, double[] centroids, int[] sizes, double sse,
                      double[] distances, int iterations, boolean converged) {
        this(k, dims, labels, centroids, sizes, sse, distances, iterations, converged, 1, 1);
    }

    /** The same clustering, saying how many restarts ran and how many found it. */
    public Clustering withRestarts(int run, int foundBy) {
        return new Clustering(k, dims, labels, centroids, sizes, sse, distances, iterations, converged, run, foundBy);
    }

    /** "best found by 7 of 12 restarts". */
    public String agreement() {
        return "best found by " + bestFoundBy + " of " + restarts + (restarts == 1 ? " restart" : " restarts");
    }

    public Clustering {
        labels = labels.clone();
        centroids = centroids.clone();
        sizes = sizes.clone();
        distances = distances.clone();
        if (centroids.length != k * dims) throw new IllegalArgumentException("centroids must be k×d");
        if (sizes.length != k) throw new IllegalArgumentException("sizes must have k entries");
        if (distances.length != labels.length) throw new IllegalArgumentException("one distance per row");
    }

    public int rows() { return labels.length; }
    public int label(int row) { return labels[row]; }
    public int size(int cluster) { return sizes[cluster]; }
    public double distance(int row) { return distances[row]; }
    public double centroid(int cluster, int col) { return centroids[cluster * dims + col]; }

    @Override public int[] labels() { return labels.clone(); }
    @Override public double[] centroids() { return centroids.clone(); }
    @Override public int[] sizes() { return sizes.clone(); }
    @Override public double[] distances() { return distances.clone(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof Clustering c && k == c.k && dims == c.dims && Double.compare(sse, c.sse) == 0
                && Arrays.equals(labels, c.labels) && Arrays.equals(centroids, c.centroids);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(labels) + Double.hashCode(sse);
    }

    @Override
    public String toString() {
        return "Clustering[k=" + k + ", sse=" + sse + ", sizes=" + Arrays.toString(sizes) + "]";
    }
}
