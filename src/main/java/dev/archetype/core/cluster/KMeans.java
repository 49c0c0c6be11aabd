package dev.archetype.core.cluster;

import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * k-means: greedy k-means++ (or random) initialisation, Lloyd iterations with Hamerly pruning on several threads,
 * then Hartigan-style single-row refinement; the restart with the lowest SSE wins and is numbered canonically.
 * Adaptive runs then try {@link SwapSearch swaps} from that winner while the effort cap allows.
 *
 * <p>Deterministic: the same options and seed give the same labels and bit-identical SSE on any number of
 * threads (rows are processed in fixed blocks whose partial sums are merged in block order). Extra memory is
 * O(n + k·d) per run. Thread-safe: every call owns its working arrays.
 */
public final class KMeans {
    private KMeans() { }

    /**
     * Clusters the rows of {@code m}.
     *
     * @throws IllegalArgumentException when k exceeds the number of distinct rows, or the matrix holds NaN or
     *                                  infinities, or (cosine) a row is all zeros
     * @throws dev.archetype.core.task.CancelledException when {@code cancel} is set (checked every iteration)
     */
    public static Clustering run(FeatureMatrix m, KMeansOptions o, ProgressListener progress, Cancellation cancel) {
        return fit(m, o, progress, cancel);
    }

    /**
     * One run from the given k × d starting centres (no initialisation, no restarts): Lloyd then refinement.
     * Used to continue from a known solution and to compare kernels from identical starts.
     */
    public static Clustering runFrom(FeatureMatrix m, double[] initialCentroids, KMeansOptions o,
                                     ProgressListener progress, Cancellation cancel) {
        if (initialCentroids.length != o.k() * m.cols()) {
            throw new IllegalArgumentException("need " + o.k() + " × " + m.cols() + " starting centres, got " + initialCentroids.length + " values");
        }
        try (Blocks blocks = new Blocks(m.rows(), o.threads())) {
            Space s = Space.of(m, o.distance(), blocks);
            double[] start = initialCentroids.clone();
            if (s.spherical) for (int c = 0; c < o.k(); c++) Vec.normalise(start, c * s.d, s.d);
            Solution r = restart(s, o, start, blocks, cancel, Double.POSITIVE_INFINITY).solution();
            progress.progress(1, "k = " + o.k() + ": done");
            return canonical(s, o.k(), r, blocks);
        }
    }

    /**
     * Plain Lloyd iterations only (Hamerly-pruned, no refinement, no restarts) from the given centres, up to
     * {@code o.maxIterations()} or the tolerance. For comparing the kernel with other libraries from identical starts.
     */
    public static Clustering lloydOnly(FeatureMatrix m, double[] initialCentroids, KMeansOptions o, Cancellation cancel) {
        if (initialCentroids.length != o.k() * m.cols()) throw new IllegalArgumentException("need k × d starting centres");
        try (Blocks blocks = new Blocks(m.rows(), o.threads())) {
            Space s = Space.of(m, o.distance(), blocks);
            Lloyd lloyd = new Lloyd(s.x, s.n, s.d, o.k(), s.spherical, blocks, initialCentroids, new int[s.n]);
            lloyd.run(o.maxIterations(), s.tolerance(o.tolerance()), cancel);
            return canonical(s, o.k(), new Solution(lloyd.labels, 0, lloyd.iterations, lloyd.converged, null, null), blocks);
        }
    }

    static Clustering fit(FeatureMatrix m, KMeansOptions o, ProgressListener progress, Cancellation cancel) {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancel, "cancel");
        int k = o.k();
        if (k > m.rows()) {
            throw new IllegalArgumentException("k = " + k + " is more than the " + m.rows() + " rows to cluster; choose k ≤ " + m.rows());
        }
        SplittableRandom master = new SplittableRandom(o.seed());
        try (Blocks blocks = new Blocks(m.rows(), o.threads())) {
            Space s = Space.of(m, o.distance(), blocks);
            Solution best = null;
            RefineGate gate = new RefineGate((long) s.n * s.d >= RefineGate.MIN_CELLS);
            int run = 0;
            int foundBy = 0;
            int cap = restartCap(o, s.n, s.d);
            // A local optimum can be the commonest one: agreement counts only after a floor of restarts
            int floor = o.adaptive() ? Math.min(cap, AUTO_MIN_RESTARTS) : cap;
            while (run < cap && !(o.adaptive() && run >= floor && foundBy >= o.agreement())) {
                cancel.check();
                SplittableRandom rnd = master.split();
                double[] start;
                try (var timing = dev.archetype.core.task.Timings.span("seeding")) {
                    start = o.init() == Init.KMEANS_PLUS_PLUS
                            ? Seeding.kMeansPlusPlus(s.x, s.n, s.d, k, rnd, blocks, cancel)
                            : Seeding.random(s.x, s.n, s.d, k, rnd, cancel);
                }
                Solution r = gate.learn(restart(s, o, start, blocks, cancel, gate.refineBelow(best)));
                if (best != null && sameOptimum(r.sse(), best.sse())) {
                    foundBy++;
                    if (r.sse() < best.sse()) best = r;
                } else if (best == null || r.sse() < best.sse()) {
                    best = r;
                    foundBy = 1;
                }
                run++;
                String of = o.adaptive() ? " (until " + o.agreement() + " agree, at most " + o.restarts() + ")" : " of " + o.restarts();
                progress.progress(o.adaptive() ? Math.min(1.0, (double) foundBy / o.agreement()) : (double) run / o.restarts(),
                        "k = " + k + ": restart " + run + of);
            }
            if (o.adaptive() && k > 1) {
                int[] tried = {0};
                int restartsRun = run;
                Solution from = best;
                SwapSearch.Outcome swaps = SwapSearch.search(s.x, best, k, s.d, AUTO_SWAP_PATIENCE, swapCap(s.n, s.d, run), master.split(),
                        centres -> {
                            progress.progress(1.0, "k = " + k + ": " + restartsRun + " restarts, swap " + (++tried[0]));
                            return gate.learn(restart(s, o, centres, blocks, cancel, gate.refineBelow(from)));
                        }, cancel);
                if (swaps.improved()) {
                    best = swaps.best();
                    foundBy = swaps.endedAtBest();
                } else {
                    foundBy += swaps.endedAtBest();
                }
                run += swaps.trials();
            }
            return canonical(s, k, best, blocks).withRestarts(run, foundBy);
        }
    }

    /** Restarts an adaptive run always makes (where its effort cap allows) before agreement may stop it. */
    static final int AUTO_MIN_RESTARTS = 50;

    /** Cells an adaptive run may process in restarts, on top of its first ten: big data stops at ten restarts. */
    static final long AUTO_EFFORT_CELLS = 50_000_000L;

    /** Exactly the restarts asked for, or for adaptive runs a cap that shrinks with the data (never below ten). */
    static int restartCap(KMeansOptions o, int n, int d) {
        if (!o.adaptive()) return o.restarts();
        long cells = Math.max(1L, (long) n * d);
        return (int) Math.max(Math.min(10, o.restarts()), Math.min(o.restarts(), AUTO_EFFORT_CELLS / cells));
    }

    /**
     * Two restarts reached the same optimum when their SSE agree to six significant digits: on 10⁵ rows, a few rows
     * at near-ties move the SSE in the eighth digit, and calling those "different solutions" would warn that the
     * best was found only once when every restart found it.
     */
    static boolean sameOptimum(double a, double b) {
        return Math.abs(a - b) <= 1e-6 * Math.max(1e-300, Math.max(Math.abs(a), Math.abs(b)));
    }

    /** Swaps in a row without a gain after which the search stops (see {@link SwapSearch}). */
    static final int AUTO_SWAP_PATIENCE = 200;

    /**
     * Swaps an adaptive run may try after {@code restartsRun} restarts: what is left of the effort cap, at most a
     * thousand, so medium files take no longer than restarts alone did and big ones try none.
     */
    static int swapCap(int n, int d, int restartsRun) {
        long budget = AUTO_EFFORT_CELLS / Math.max(1L, (long) n * d) - restartsRun;
        return (int) Math.max(0, Math.min(1000, budget));
    }

    /** A restart's outcome, with its SSE after Lloyd and whether refinement ran. */
    private record Ran(Solution solution, double lloydSse, boolean refined) { }

    /**
     * Lloyd, then (when the Lloyd solution could still win: its SSE below {@code refineBelow}) refinement. Skipping
     * refinement where it cannot pay halves the time of ten restarts on a million rows, where refinement after every
     * restart took as long as all the Lloyd passes (measured with --timings: 18.5 s against 19.6 s).
     */
    private static Ran restart(Space s, KMeansOptions o, double[] start, Blocks blocks, Cancellation cancel, double refineBelow) {
        Lloyd lloyd = new Lloyd(s.x, s.n, s.d, o.k(), s.spherical, blocks, start, new int[s.n]);
        Final f;
        try (var timing = dev.archetype.core.task.Timings.span("Lloyd")) {
            lloyd.run(o.maxIterations(), s.tolerance(o.tolerance()), cancel);
            f = Final.of(s, o.k(), lloyd.labels, blocks);
        }
        double lloydSse = f.sse;
        boolean refine = lloydSse < refineBelow;
        if (refine) {
            try (var timing = dev.archetype.core.task.Timings.span("refinement")) {
                if (Refinement.refine(lloyd, cancel) > 0) f = Final.of(s, o.k(), lloyd.labels, blocks);
            }
        }
        double[] dist2 = f.distances;
        for (int i = 0; i < dist2.length; i++) dist2[i] *= dist2[i];
        return new Ran(new Solution(lloyd.labels, f.sse, lloyd.iterations, lloyd.converged, f.centers, dist2), lloydSse, refine);
    }

    /**
     * Decides which restarts are worth refining: refinement lowers a Lloyd solution's SSE by a small share (0.03%
     * typically); a restart whose Lloyd SSE is above the best by more than twice the largest share refinement has
     * won so far cannot win, so it is not refined. The first restart is always refined, and so is any restart while
     * nothing has been learnt. The decision uses SSE summed in block order, so it does not depend on the thread count.
     * Small data refines every restart: there refinement is cheap and can win more than twice its best gain so far
     * (wholesale at k = 7 lost 0.35% SSE with the gate on).
     */
    private static final class RefineGate {
        /** Below this many cells (rows × features) every restart is refined. */
        static final long MIN_CELLS = 1_000_000L;
        private final boolean on;
        private double largestGain;
        private int refined;

        RefineGate(boolean on) {
            this.on = on;
        }

        double refineBelow(Solution best) {
            if (!on || best == null || refined == 0) return Double.POSITIVE_INFINITY;
            return best.sse() / (1 - Math.min(0.5, 2 * largestGain)) * (1 + 1e-12);
        }

        Solution learn(Ran ran) {
            if (ran.refined()) {
                refined++;
                if (ran.lloydSse() > 0) largestGain = Math.max(largestGain, (ran.lloydSse() - ran.solution().sse()) / ran.lloydSse());
            }
            return ran.solution();
        }
    }

    private static Clustering canonical(Space s, int k, Solution r, Blocks blocks) {
        int[] order = Canonical.order(r.labels(), k);
        int[] rank = new int[k];
        for (int c = 0; c < k; c++) rank[order[c]] = c;
        int[] labels = new int[s.n];
        for (int i = 0; i < s.n; i++) labels[i] = rank[r.labels()[i]];
        Final f = Final.of(s, k, labels, blocks);
        int[] sizes = new int[k];
        for (int c = 0; c < k; c++) sizes[c] = (int) f.counts[c];
        return new Clustering(k, s.d, labels, f.centers, sizes, f.sse, f.distances, r.iterations(), r.converged());
    }

    /** Exact centres, per-row distances and SSE for given labels, summed in block order. */
    static final class Final {
        final double[] centers;
        final long[] counts;
        final double[] distances;
        final double sse;

        private Final(double[] centers, long[] counts, double[] distances, double sse) {
            this.centers = centers;
            this.counts = counts;
            this.distances = distances;
            this.sse = sse;
        }

        static Final of(Space s, int k, int[] labels, Blocks blocks) {
            int d = s.d;
            double[] sums = new double[k * d];
            long[] counts = new long[k];
            Stats.sumsByBlock(s.x, d, k, labels, blocks, sums, counts);
            double[] centers = new double[k * d];
            for (int c = 0; c < k; c++) {
                if (counts[c] == 0) continue;
                for (int j = 0; j < d; j++) centers[c * d + j] = sums[c * d + j] / counts[c];
                if (s.spherical) Vec.normalise(centers, c * d, d);
            }
            double[] distances = new double[s.n];
            double[] part = new double[blocks.count];
            blocks.forEach((b, from, to) -> {
                double sum = 0;
                for (int i = from; i < to; i++) {
                    double dd = Vec.dist2(s.x, i * d, centers, labels[i] * d, d);
                    distances[i] = Math.sqrt(dd);
                    sum += dd;
                }
                part[b] = sum;
            });
            return new Final(centers, counts, distances, Seeding.sum(part));
        }
    }
}
