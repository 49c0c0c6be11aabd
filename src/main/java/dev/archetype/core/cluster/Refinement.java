package dev.archetype.core.cluster;

import dev.archetype.core.task.Cancellation;

/**
 * Hartigan–Wong-style refinement after Lloyd: moves single rows to another cluster whenever that lowers the SSE,
 * counting that the move also shifts both centres. Moving row x from cluster a (size nₐ) to b lowers the SSE
 * exactly when {@code n_b/(n_b+1)·|x−c_b|² < nₐ/(nₐ−1)·|x−cₐ|²}; Lloyd cannot see these moves, which is why it
 * stops at worse local optima. For spherical k-means the objective is Σ|S_c| (S = sum of unit rows) and a move
 * is taken when it raises |S_a − x| + |S_b + x|.
 *
 * <p>Each pass first finds candidate rows in parallel against frozen centres, then re-checks and applies them one
 * by one in row order against the live centres, so the outcome does not depend on the thread count. A row that
 * is Hartigan-stable is also nearest to its own centre, so the result is a Lloyd fixed point too.
 *
 * <p>Euclidean refinement reuses Lloyd's Hamerly bounds: a move needs some other centre within
 * {@code sqrt(nₐ/(nₐ−1)·(1 + 1/n_min))} times the row's own distance, so a row whose lower bound exceeds that
 * multiple of its upper bound is skipped without computing a distance. Bounds follow the centres' drift.
 */
final class Refinement {
    private static final int MAX_PASSES = 100;
    private static final double EPS = 1e-12;

    private Refinement() { }

    /** One block's lists for the candidate search, per worker thread (allocated per block they doubled the garbage). */
    private static final class Lists {
        final int[] rows = new int[Blocks.BLOCK_ROWS];
        final double[] own = new double[Blocks.BLOCK_ROWS];
        final double[] all;
        /** Where {@link Vec#touch}'s sum goes. */
        double sink;

        Lists(int width) {
            all = new double[width];
        }
    }

    /** Euclidean refinement of a finished Lloyd run, in place (labels; bounds are consumed); returns the moves made. */
    static long refine(Lloyd lloyd, Cancellation cancel) {
        int k = lloyd.k, d = lloyd.d, n = lloyd.n;
        if (k < 2) return 0;
        if (lloyd.spherical) return refine(lloyd.x, n, d, k, true, lloyd.labels, lloyd.blocks, cancel);
        double[] x = lloyd.x;
        int[] labels = lloyd.labels;
        lloyd.absoluteBounds();
        double[] upper = lloyd.upper, lower = lloyd.lower;
        Blocks blocks = lloyd.blocks;
        double[] sums = new double[k * d];
        long[] counts = new long[k];
        Stats.sumsByBlock(x, d, k, labels, blocks, sums, counts);
        double[] centers = new double[k * d];
        double[] norms = new double[k];
        for (int c = 0; c < k; c++) updateCentre(sums, counts, centers, norms, c, d, false);
        double[] reference = lloyd.boundCenters.clone();
        double[] drift = new double[k];
        // Bounds relative to the drift so far, as in Lloyd's pass: a row the bounds skip is only read. A pass moves a
        // few hundred of a million rows, so reading the bounds is all most of its time goes to.
        double[] driftSum = new double[k];
        double driftAll = 0;
        double[] margin = new double[k];
        double[] ratio = new double[k];
        int[][] candidates = new int[blocks.count][];
        ActiveRows active = new ActiveRows(k, blocks.count);
        CentreDistances dist = CentreDistances.of(k, d);
        ThreadLocal<Lists> scratch = ThreadLocal.withInitial(() -> new Lists(dist.width()));
        long moves = 0;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            cancel.check();
            dist.set(centers);
            for (int c = 0; c < k; c++) drift[c] = Math.sqrt(Vec.dist2(centers, c * d, reference, c * d, d));
            driftAll += Lloyd.addDrift(drift, driftSum, k);
            final double g = driftAll;
            Lloyd.margins(driftSum, g, margin, k);
            long nMin = Long.MAX_VALUE;
            for (long cnt : counts) nMin = Math.min(nMin, cnt);
            // How much nearer another centre must be for a move to pay, per cluster: the same for all its rows.
            for (int c = 0; c < k; c++) ratio[c] = moveRatio(counts[c], nMin);
            boolean sweepAll = active.sweepAll(g, driftSum, margin, ratio, counts, nMin);
            double[] cap = active.cap;
            double threshold = active.threshold, allowance = active.allowance;
            int[] found = new int[blocks.count];
            blocks.forEach((b, from, to) -> {
                int f = 0;
                Lists lists = scratch.get();
                double[] all = lists.all;
                int[] open = lists.rows;
                double[] own = lists.own;
                // Three sweeps, as in Lloyd's pass: bounds, own distances of the rows listed, full scans.
                // A cluster of one (ratio 0) has no row that may leave it.
                int listed = 0;
                if (sweepAll) {
                    int[] keep = active.listOf(b);
                    int kept = 0;
                    for (int i = from; i < to; i++) {
                        int a = labels[i];
                        double u = upper[i] + driftSum[a];
                        double low = lower[i] - g;
                        open[listed] = i;
                        listed += mayLeave(ratio[a], u, margin[a], low);
                        double capped = cap[a] * (u + margin[a]) + margin[a];
                        keep[kept] = i;
                        // kept unless its slack is above the threshold; a NaN slack (a moved row of a cluster of one,
                        // cap 0) may go either way: that cluster's ratio is 0 until it grows, which forces a full sweep
                        kept += Vec.above(threshold + allowance + 1e-9 * (Math.abs(low) + capped), low - capped);
                    }
                    active.keep(b, kept);
                } else {
                    int[] keep = active.kept(b);
                    for (int e = 0, kept = active.keptCount(b); e < kept; e++) {
                        int i = keep[e];
                        int a = labels[i];
                        double u = upper[i] + driftSum[a];
                        open[listed] = i;
                        listed += mayLeave(ratio[a], u, margin[a], lower[i] - g);
                    }
                }
                int scans = 0;
                lists.sink += Vec.touch(x, open, listed, d);
                for (int e = 0; e < listed; e++) {
                    int i = open[e];
                    int a = labels[i];
                    double da2 = Vec.dist2(x, i * d, centers, a * d, d);
                    double u = Math.sqrt(da2);
                    upper[i] = u - driftSum[a];
                    open[scans] = i;
                    own[scans] = da2;
                    scans += Vec.above(ratio[a] * u + margin[a], lower[i] - g);
                }
                for (int e = 0; e < scans; e++) {
                    int i = open[e];
                    int a = labels[i];
                    long na = counts[a];
                    double removeGain = na / (na - 1.0) * own[e];
                    double best = removeGain * (1 - EPS);
                    double second = Double.POSITIVE_INFINITY;
                    boolean move = false;
                    dist.all(x, i * d, all);
                    for (int c = 0; c < k; c++) {
                        if (c == a) continue;
                        double dc2 = all[c];
                        if (dc2 < second) second = dc2;
                        long nc = counts[c];
                        if (nc / (nc + 1.0) * dc2 < best) move = true;
                    }
                    lower[i] = Math.sqrt(second) + g;
                    if (move) {
                        if (candidates[b] == null) candidates[b] = new int[Blocks.BLOCK_ROWS];
                        candidates[b][f++] = i;
                    }
                }
                found[b] = f;
            });
            System.arraycopy(centers, 0, reference, 0, k * d);
            int total = 0;
            for (int f : found) total += f;
            if (total == 0) break;
            long passMoves = 0;
            for (int b = 0; b < blocks.count; b++) {
                for (int e = 0; e < found[b]; e++) {
                    int i = candidates[b][e];
                    int a = labels[i];
                    int t = bestMove(x, i, d, k, false, a, sums, counts, centers, norms);
                    if (t < 0) continue;
                    int off = i * d;
                    for (int j = 0; j < d; j++) {
                        sums[a * d + j] -= x[off + j];
                        sums[t * d + j] += x[off + j];
                    }
                    counts[a]--;
                    counts[t]++;
                    labels[i] = t;
                    updateCentre(sums, counts, centers, norms, a, d, false);
                    updateCentre(sums, counts, centers, norms, t, d, false);
                    upper[i] = Double.POSITIVE_INFINITY;
                    lower[i] = driftAll;
                    passMoves++;
                }
            }
            moves += passMoves;
            if (passMoves == 0) break;
        }
        return moves;
    }

    /**
     * 1 when a row of a cluster with move {@code ratio}, upper bound {@code u} on its own distance and lower bound
     * {@code low} on every other, could gain by moving (a cluster of one, ratio 0, keeps its row); without a branch.
     */
    private static int mayLeave(double ratio, double u, double margin, double low) {
        return Vec.above(ratio, 0) & Vec.above(ratio * (u + margin) + margin, low);
    }

    /**
     * How much nearer (as a ratio of distances) another centre must be for a row of a cluster of {@code size} to move,
     * when the smallest cluster has {@code smallest} rows; 0 for a cluster of one, whose row may not leave.
     */
    static double moveRatio(long size, long smallest) {
        return size > 1 ? Math.sqrt(size / (size - 1.0) * (1 + 1.0 / smallest)) * (1 + 1e-9) : 0;
    }

    /** Refines {@code labels} in place without bounds (every pass scans every row); returns the moves made. */
    static long refine(double[] x, int n, int d, int k, boolean spherical, int[] labels, Blocks blocks,
                       Cancellation cancel) {
        if (k < 2) return 0;
        double[] sums = new double[k * d];
        long[] counts = new long[k];
        Stats.sumsByBlock(x, d, k, labels, blocks, sums, counts);
        double[] centers = new double[k * d];
        double[] norms = new double[k];
        for (int c = 0; c < k; c++) updateCentre(sums, counts, centers, norms, c, d, spherical);
        byte[] candidate = new byte[n];
        long moves = 0;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            cancel.check();
            int[] found = new int[blocks.count];
            blocks.forEach((b, from, to) -> {
                int f = 0;
                for (int i = from; i < to; i++) {
                    boolean c = bestMove(x, i, d, k, spherical, labels[i], sums, counts, centers, norms) >= 0;
                    candidate[i] = (byte) (c ? 1 : 0);
                    if (c) f++;
                }
                found[b] = f;
            });
            int total = 0;
            for (int f : found) total += f;
            if (total == 0) break;
            long passMoves = 0;
            for (int b = 0; b < blocks.count; b++) {
                if (found[b] == 0) continue;
                for (int i = blocks.from(b), to = blocks.to(b); i < to; i++) {
                    if (candidate[i] == 0) continue;
                    int a = labels[i];
                    int t = bestMove(x, i, d, k, spherical, a, sums, counts, centers, norms);
                    if (t < 0) continue;
                    int off = i * d;
                    for (int j = 0; j < d; j++) {
                        sums[a * d + j] -= x[off + j];
                        sums[t * d + j] += x[off + j];
                    }
                    counts[a]--;
                    counts[t]++;
                    labels[i] = t;
                    updateCentre(sums, counts, centers, norms, a, d, spherical);
                    updateCentre(sums, counts, centers, norms, t, d, spherical);
                    passMoves++;
                }
            }
            moves += passMoves;
            if (passMoves == 0) break;
        }
        return moves;
    }

    /** The cluster row i should move to, or −1 when no move lowers the objective. */
    private static int bestMove(double[] x, int i, int d, int k, boolean spherical, int a, double[] sums,
                                long[] counts, double[] centers, double[] norms) {
        long na = counts[a];
        if (na <= 1) return -1;
        int off = i * d;
        int best = -1;
        if (!spherical) {
            double removeGain = na / (na - 1.0) * Vec.dist2(x, off, centers, a * d, d);
            double bestCost = removeGain * (1 - EPS);
            for (int c = 0; c < k; c++) {
                if (c == a) continue;
                long nc = counts[c];
                double addCost = nc / (nc + 1.0) * Vec.dist2(x, off, centers, c * d, d);
                if (addCost < bestCost) {
                    bestCost = addCost;
                    best = c;
                }
            }
            return best;
        }
        double xs = Vec.dot(x, off, sums, a * d, d);
        double xx = Vec.dot(x, off, x, off, d);
        double loss = norms[a] - Math.sqrt(Math.max(0, norms[a] * norms[a] - 2 * xs + xx));
        double bestGain = loss + EPS * Math.max(1, norms[a]);
        for (int c = 0; c < k; c++) {
            if (c == a) continue;
            double xc = Vec.dot(x, off, sums, c * d, d);
            double gain = Math.sqrt(Math.max(0, norms[c] * norms[c] + 2 * xc + xx)) - norms[c];
            if (gain > bestGain) {
                bestGain = gain;
                best = c;
            }
        }
        return best;
    }

    private static void updateCentre(double[] sums, long[] counts, double[] centers, double[] norms, int c, int d,
                                     boolean spherical) {
        double inv = counts[c] > 0 ? 1.0 / counts[c] : 0;
        double s2 = 0;
        for (int j = 0; j < d; j++) {
            centers[c * d + j] = sums[c * d + j] * inv;
            s2 += sums[c * d + j] * sums[c * d + j];
        }
        norms[c] = Math.sqrt(s2);
    }
}
