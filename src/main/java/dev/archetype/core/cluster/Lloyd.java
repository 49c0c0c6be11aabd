package dev.archetype.core.cluster;

import dev.archetype.core.task.Cancellation;

import java.util.Arrays;

/**
 * Lloyd iterations with Hamerly's bounds: per row an upper bound on the distance to its own centre and a lower
 * bound on the distance to every other centre. A row whose upper bound is below both the lower bound and half
 * the distance from its centre to the nearest other centre cannot change cluster and costs no distance.
 * Centre sums are updated only by rows that move; each block keeps its own delta and deltas are merged in
 * block order. Extra memory: labels and two bounds per row, plus one k × d delta per block.
 * With {@code spherical} the centres are scaled to unit length after each update (cosine k-means).
 *
 * <p>Bounds are stored relative to the drift so far ({@link #drift} per centre, {@link #globalDrift} for every
 * other centre) so that a row the bounds skip is only read, never written: on 1M × 10, k = 8 that halves the
 * memory traffic of a pass, which is what a pass costs once most rows are settled. {@link #absoluteBounds} turns
 * them back into plain bounds for refinement.
 *
 * <p>For larger k a row that fails the bound test does not scan every centre (Exponion-style): the other centres
 * are visited in order of their distance from the row's own centre, and the scan stops once
 * {@code |c_a − c_j| − |x − c_a|}, a lower bound on {@code |x − c_j|}, reaches the second-best distance found.
 */
final class Lloyd {
    final double[] x;
    final int n;
    final int d;
    final int k;
    final boolean spherical;
    final Blocks blocks;

    final double[] centers;
    final int[] labels;
    final double[] upper;
    final double[] lower;
    final double[] sums;
    final long[] counts;
    /** The centres {@link #upper} and {@link #lower} were last made valid for. */
    final double[] boundCenters;
    /** Each centre's movement summed since the last full scan; a row's true upper bound is upper[i] + drift[label]. */
    private final double[] drift;
    /** The largest movement of each pass summed since the last full scan; the true lower bound is lower[i] − this. */
    private double globalDrift;

    /** From this k on, rows that fail the bound test scan centres nearest-first with early exit. */
    static final int SORTED_SCAN_MIN_K = 12;

    private final double[] shift;
    private final CentreDistances dist;
    private final double[] halfMin;
    private final double[] centerDist;
    private final int[] neighbours;
    private final double[][] blockSums;
    private final long[][] blockCounts;
    private final int[] blockChanged;

    /** One block's lists for {@link #pass} and {@link #assignAll}, per worker thread. */
    private static final class PassScratch {
        final int[] rows = new int[Blocks.BLOCK_ROWS];
        final double[] reach = new double[Blocks.BLOCK_ROWS];
        final double[] own = new double[Blocks.BLOCK_ROWS];
        final double[] all;
        final double[] two = new double[2];
        /** Where {@link Vec#touch}'s sum goes, so that its loads are not optimised away. */
        double sink;

        PassScratch(int width) {
            all = new double[width];
        }
    }

    private final ThreadLocal<PassScratch> scratch;

    int iterations;
    boolean converged;

    Lloyd(double[] x, int n, int d, int k, boolean spherical, Blocks blocks, double[] initialCenters, int[] labelsBuffer) {
        this.x = x;
        this.n = n;
        this.d = d;
        this.k = k;
        this.spherical = spherical;
        this.blocks = blocks;
        this.centers = initialCenters.clone();
        this.labels = labelsBuffer;
        this.upper = new double[n];
        this.lower = new double[n];
        this.sums = new double[k * d];
        this.counts = new long[k];
        this.boundCenters = new double[k * d];
        this.shift = new double[k];
        this.dist = CentreDistances.of(k, d);
        this.scratch = ThreadLocal.withInitial(() -> new PassScratch(dist.width()));
        this.drift = new double[k];
        this.halfMin = new double[k];
        this.centerDist = k >= SORTED_SCAN_MIN_K ? new double[k * k] : null;
        this.neighbours = k >= SORTED_SCAN_MIN_K ? new int[k * k] : null;
        this.blockSums = new double[blocks.count][];
        this.blockCounts = new long[blocks.count][];
        this.blockChanged = new int[blocks.count];
    }

    /** Iterates until no row moves, the centres move less than {@code tolAbs}, or {@code maxIter}. */
    void run(int maxIter, double tolAbs, Cancellation cancel) {
        assignAll();
        iterations = 0;
        converged = false;
        double[] next = new double[k * d];
        while (true) {
            cancel.check();
            iterations++;
            boolean reseeded = reseedEmpty();
            meansInto(next);
            double total = 0;
            for (int c = 0; c < k; c++) {
                double s2 = Vec.dist2(next, c * d, centers, c * d, d);
                total += s2;
                shift[c] = Math.sqrt(s2);
            }
            System.arraycopy(next, 0, centers, 0, k * d);
            if (reseeded) {
                assignAll();
                if (iterations >= maxIter) break;
                continue;
            }
            if (total <= tolAbs) {
                converged = true;
                break;
            }
            if (iterations >= maxIter) break;
            if (pass() == 0) {
                converged = true;
                break;
            }
        }
    }

    /** Full scan of every row: labels, exact bounds, and the sums from scratch. */
    void assignAll() {
        dist.set(centers);
        blocks.forEach((b, from, to) -> {
            double[] s = blockBuffer(b);
            long[] cnt = blockCounts[b];
            PassScratch p = scratch.get();
            double[] two = p.two;
            for (int i = from; i < to; i++) {
                labels[i] = dist.nearest(x, i * d, p.all, two);
                upper[i] = Math.sqrt(two[0]);
                lower[i] = Math.sqrt(two[1]);
            }
            // Sums in a second sweep over the block (still in cache): added while labelling, each row's add waited
            // on the previous row's store (1M × 8, k = 8: 49 → 26 ms on one core).
            for (int r = from; r < to; r++) {
                int a = labels[r];
                cnt[a]++;
                int so = a * d, off = r * d;
                for (int j = 0; j < d; j++) s[so + j] += x[off + j];
            }
        });
        Arrays.fill(sums, 0);
        Arrays.fill(counts, 0);
        mergeBlocks();
        Arrays.fill(drift, 0);
        globalDrift = 0;
        System.arraycopy(centers, 0, boundCenters, 0, k * d);
    }

    /** Makes {@link #upper} and {@link #lower} plain bounds for {@link #boundCenters} (drift folded in). */
    void absoluteBounds() {
        if (globalDrift == 0) return;
        final double g = globalDrift;
        blocks.forEach((b, from, to) -> {
            for (int i = from; i < to; i++) {
                upper[i] += drift[labels[i]];
                lower[i] -= g;
            }
        });
        Arrays.fill(drift, 0);
        globalDrift = 0;
    }

    /** Adds each centre's movement this pass to its running sum; returns the largest movement. */
    static double addDrift(double[] step, double[] sums, int k) {
        double max = 0;
        for (int c = 0; c < k; c++) {
            sums[c] += step[c];
            max = Math.max(max, step[c]);
        }
        return max;
    }

    /**
     * Per cluster, a margin far above the rounding of bounds stored relative to the drift ({@code sums} per centre,
     * {@code global} for all), so that every skip they allow stays safe; written into and returning {@code into}.
     */
    static double[] margins(double[] sums, double global, double[] into, int k) {
        for (int c = 0; c < k; c++) into[c] = 1e-12 * (sums[c] + global);
        return into;
    }

    /** One Hamerly pass against the current centres; returns how many rows changed cluster. */
    int pass() {
        dist.set(centers);
        computeHalfMin();
        globalDrift += addDrift(shift, drift, k);
        final double g = globalDrift;
        final double[] margin = margins(drift, g, new double[k], k);
        blocks.forEach((b, from, to) -> {
            int changed = 0;
            double[] s = null;
            long[] cnt = null;
            PassScratch p = scratch.get();
            int[] open = p.rows;
            double[] reach = p.reach, own = p.own;
            // In three sweeps, each without a branch that waits on memory: the bounds alone (labels and bounds only
            // read); the own distance of the rows listed, whose loads are independent and overlap; the full scans.
            // Interleaved, every mispredicted test discarded the loads in flight (1M × 8, 1/3 of rows listed).
            int listed = 0;
            for (int i = from; i < to; i++) {
                int a = labels[i];
                double u = upper[i] + drift[a];
                double m = Math.max(halfMin[a], lower[i] - g);
                open[listed] = i;
                reach[listed] = m;
                listed += Vec.above(u * (1 + 1e-12) + margin[a], m);
            }
            int scans = 0;
            // Each listed row touched first: this loop's loads do not wait on each other, so many cache misses are in
            // flight at once; in the loop below each row's loads waited behind the previous row's arithmetic
            // (1M × 8, k = 8: Lloyd in ten restarts 4.9 → 3.8 s).
            p.sink += Vec.touch(x, open, listed, d);
            for (int e = 0; e < listed; e++) {
                int i = open[e];
                int a = labels[i];
                double m = reach[e];
                double u = Math.sqrt(Vec.dist2(x, i * d, centers, a * d, d));
                upper[i] = u - drift[a];
                open[scans] = i;
                own[scans] = u;
                scans += Vec.above(u + margin[a], m);
            }
            double[] all = neighbours == null ? p.all : null;
            double[] two = p.two;
            for (int e = 0; e < scans; e++) {
                int i = open[e];
                int a = labels[i];
                int off = i * d;
                double u = own[e];
                int best = a;
                double b1, b2 = Double.POSITIVE_INFINITY;
                if (neighbours != null) {
                    b1 = u * u;
                    int base = a * k;
                    for (int r = 1; r < k; r++) {
                        int c = neighbours[base + r];
                        double lb = centerDist[base + c] - u;
                        if (lb > 0 && lb * lb >= b2) break;
                        double dd = Vec.dist2(x, off, centers, c * d, d);
                        if (dd < b1) {
                            b2 = b1;
                            b1 = dd;
                            best = c;
                        } else if (dd < b2) {
                            b2 = dd;
                        }
                    }
                } else {
                    best = dist.nearest(x, off, all, two);
                    b1 = two[0];
                    b2 = two[1];
                }
                if (best != a) {
                    if (s == null) {
                        s = blockBuffer(b);
                        cnt = blockCounts[b];
                    }
                    int so = best * d, sa = a * d;
                    for (int j = 0; j < d; j++) {
                        double v = x[off + j];
                        s[so + j] += v;
                        s[sa + j] -= v;
                    }
                    cnt[best]++;
                    cnt[a]--;
                    labels[i] = best;
                    changed++;
                }
                upper[i] = Math.sqrt(b1) - drift[best];
                lower[i] = Math.sqrt(b2) + g;
            }
            blockChanged[b] = changed;
        });
        int changed = 0;
        for (int b = 0; b < blocks.count; b++) changed += blockChanged[b];
        mergeBlocks();
        System.arraycopy(centers, 0, boundCenters, 0, k * d);
        return changed;
    }

    private double[] blockBuffer(int b) {
        if (blockSums[b] == null) {
            blockSums[b] = new double[k * d];
            blockCounts[b] = new long[k];
        }
        return blockSums[b];
    }

    /** Adds every block's delta to the totals in block order and clears it. */
    private void mergeBlocks() {
        for (int b = 0; b < blocks.count; b++) {
            double[] s = blockSums[b];
            if (s == null) continue;
            long[] cnt = blockCounts[b];
            for (int j = 0; j < s.length; j++) sums[j] += s[j];
            for (int c = 0; c < k; c++) counts[c] += cnt[c];
            Arrays.fill(s, 0);
            Arrays.fill(cnt, 0);
        }
    }

    private void meansInto(double[] out) {
        for (int c = 0; c < k; c++) {
            double inv = 1.0 / counts[c];
            for (int j = 0; j < d; j++) out[c * d + j] = sums[c * d + j] * inv;
            if (spherical) Vec.normalise(out, c * d, d);
        }
    }

    private void computeHalfMin() {
        Arrays.fill(halfMin, Double.POSITIVE_INFINITY);
        for (int a = 0; a < k; a++) {
            for (int c = a + 1; c < k; c++) {
                double full = Math.sqrt(Vec.dist2(centers, a * d, centers, c * d, d));
                double dd = 0.5 * full;
                if (dd < halfMin[a]) halfMin[a] = dd;
                if (dd < halfMin[c]) halfMin[c] = dd;
                if (centerDist != null) {
                    centerDist[a * k + c] = full;
                    centerDist[c * k + a] = full;
                }
            }
        }
        if (centerDist != null) sortNeighbours();
    }

    /** neighbours[a·k + r] = the r-th nearest centre to centre a (r = 0 is a itself); ties by index. */
    private void sortNeighbours() {
        for (int a = 0; a < k; a++) {
            int base = a * k;
            centerDist[base + a] = 0;
            neighbours[base] = a;
            int len = 1;
            for (int c = 0; c < k; c++) {
                if (c == a) continue;
                double dc = centerDist[base + c];
                int pos = len++;
                while (pos > 1 && centerDist[base + neighbours[base + pos - 1]] > dc) {
                    neighbours[base + pos] = neighbours[base + pos - 1];
                    pos--;
                }
                neighbours[base + pos] = c;
            }
        }
    }

    /**
     * Gives each empty cluster the row farthest from its own centre (never emptying another cluster);
     * returns whether anything was re-seeded. Ties go to the lowest row, so it is deterministic.
     */
    private boolean reseedEmpty() {
        boolean any = false;
        for (int e = 0; e < k; e++) {
            if (counts[e] != 0) continue;
            int far = farthestMovableRow();
            if (far < 0) throw new IllegalStateException("no row can re-seed an empty cluster");
            int from = labels[far];
            int off = far * d;
            for (int j = 0; j < d; j++) {
                sums[from * d + j] -= x[off + j];
                sums[e * d + j] = x[off + j];
            }
            counts[from]--;
            counts[e] = 1;
            labels[far] = e;
            any = true;
        }
        return any;
    }

    private int farthestMovableRow() {
        double[] bestDist = new double[blocks.count];
        int[] bestRow = new int[blocks.count];
        blocks.forEach((b, from, to) -> {
            double bd = -1;
            int br = -1;
            for (int i = from; i < to; i++) {
                int a = labels[i];
                if (counts[a] <= 1) continue;
                double dd = Vec.dist2(x, i * d, centers, a * d, d);
                if (dd > bd) {
                    bd = dd;
                    br = i;
                }
            }
            bestDist[b] = bd;
            bestRow[b] = br;
        });
        double bd = -1;
        int br = -1;
        for (int b = 0; b < blocks.count; b++) {
            if (bestDist[b] > bd) {
                bd = bestDist[b];
                br = bestRow[b];
            }
        }
        return br;
    }
}
