package dev.archetype.core.cluster;

/**
 * The rows a refinement pass must look at. Refinement moves a few hundred of a million rows a pass and runs up to a
 * hundred passes; sweeping every row's bounds each pass was most of its time (1M × 8, k = 8: 3 of 4.5 ms a pass).
 *
 * <p>A full sweep records, per row, its <em>slack</em>: how far its lower bound is above the level at which the
 * listing test would take it, with each cluster's move ratio raised to a {@link #cap} that holds while cluster sizes
 * stay near today's. Bounds only loosen with the centres' drift, so a row with slack above {@link #threshold} cannot
 * be listed until the drift since the sweep has used that threshold up: until then, passes visit only the rows
 * kept. The rows listed are therefore exactly those a sweep of every row would list, and refinement's moves, labels
 * and SSE are the same. A sweep of every row runs again when the drift has used the threshold up or a cluster's
 * ratio has outgrown its cap; the next threshold is a few passes' worth of the drift seen since.
 */
final class ActiveRows {
    /** How many passes of drift, at the recent rate, a threshold is sized for. */
    static final int PASSES_PER_SWEEP = 4;

    private final int k;
    private final int[][] rows;
    private final int[] length;
    /** Per cluster, the move ratio the slack was measured with (at least the real ratio until the next sweep). */
    final double[] cap;
    private final double[] driftAtSweep;
    private final double[] marginAtSweep;
    private double globalAtSweep;
    /** Slack a row needs to be left out; set at each full sweep. */
    double threshold;
    /** Rounding allowance added to every row's threshold, in the units of the bounds. */
    double allowance;
    private double usedBefore;
    private double recentStep;
    private boolean swept;

    ActiveRows(int k, int blocks) {
        this.k = k;
        this.rows = new int[blocks][];
        this.length = new int[blocks];
        this.cap = new double[k];
        this.driftAtSweep = new double[k];
        this.marginAtSweep = new double[k];
    }

    /**
     * Whether this pass must sweep every row (and so rebuild the lists): on the first pass, when a cluster's ratio
     * exceeds its cap, or when the drift since the last sweep may have used up the threshold. On a sweep it records
     * the drift, margins and caps the slack is measured against.
     */
    boolean sweepAll(double global, double[] driftSum, double[] margin, double[] ratio, long[] counts, long nMin) {
        double used = 0;
        boolean outgrown = false;
        for (int c = 0; c < k; c++) {
            used = Math.max(used, (global - globalAtSweep) + (cap[c] + 1) * ((driftSum[c] - driftAtSweep[c]) + (margin[c] - marginAtSweep[c])));
            outgrown |= ratio[c] > cap[c];
        }
        recentStep = Math.max(recentStep, used - usedBefore);
        usedBefore = used;
        if (swept && !outgrown && used <= threshold) return false;
        swept = true;
        threshold = PASSES_PER_SWEEP * recentStep;
        recentStep = 0;
        usedBefore = 0;
        globalAtSweep = global;
        double largest = global;
        long minFloor = nMin - nMin / 64;
        for (int c = 0; c < k; c++) {
            driftAtSweep[c] = driftSum[c];
            marginAtSweep[c] = margin[c];
            largest = Math.max(largest, driftSum[c]);
            long floor = counts[c] - counts[c] / 64;
            cap[c] = ratio[c] > 0 ? Math.max(ratio[c], Refinement.moveRatio(floor, minFloor)) : 0;
        }
        allowance = 1e-9 * largest;
        return true;
    }

    /** A block's list to fill on a full sweep (length set by {@link #keep}). */
    int[] listOf(int block) {
        if (rows[block] == null) rows[block] = new int[Blocks.BLOCK_ROWS];
        return rows[block];
    }

    void keep(int block, int count) {
        length[block] = count;
    }

    int[] kept(int block) {
        return rows[block];
    }

    int keptCount(int block) {
        return length[block];
    }
}
