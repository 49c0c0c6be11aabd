package dev.archetype.core.cluster;

/**
 * Where an SSE curve bends most: the k farthest below the straight line from its first to its last point, both
 * axes scaled to 0..1 (the "kneedle" idea). The one rule the recommendation and the elbow chart's ring share.
 */
public final class Knee {
    private Knee() { }

    /**
     * @param ks  the k of each point, ascending
     * @param sse the SSE at each k
     * @return the k of the knee, or -1 with fewer than three points or a curve that does not fall
     */
    public static int of(int[] ks, double[] sse) {
        int n = ks.length;
        if (n < 3) return -1;
        double k0 = ks[0], k1 = ks[n - 1];
        double hi = sse[0], lo = sse[n - 1];
        if (!(hi > lo) || !(k1 > k0)) return -1;
        int best = -1;
        double bestGap = 0;
        for (int i = 0; i < n; i++) {
            double x = (ks[i] - k0) / (k1 - k0);
            double y = (sse[i] - lo) / (hi - lo);
            double gap = (1 - x) - y;
            // ties go to the smaller k (the simpler answer)
            if (gap > bestGap + 1e-12) {
                bestGap = gap;
                best = ks[i];
            }
        }
        return best;
    }
}
