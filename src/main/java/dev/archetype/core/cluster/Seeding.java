package dev.archetype.core.cluster;

import dev.archetype.core.task.Cancellation;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Initial centres. Greedy k-means++ (Arthur and Vassilvitskii; the greedy variant scikit-learn uses): after a
 * uniformly drawn first centre, each step draws {@code 2 + ⌊ln k⌋} candidates with probability proportional to
 * the squared distance to the nearest chosen centre and keeps the one that lowers the total most.
 * All random draws happen on the calling thread, and sums are merged in block order, so the centres do not
 * depend on the thread count. Extra memory: two arrays of n doubles.
 */
final class Seeding {
    private Seeding() { }

    static double[] kMeansPlusPlus(double[] x, int n, int d, int k, SplittableRandom rnd, Blocks blocks,
                                   Cancellation cancel) {
        double[] centers = new double[k * d];
        int first = rnd.nextInt(n);
        System.arraycopy(x, first * d, centers, 0, d);
        double[] closest = new double[n];
        double[] partial = new double[blocks.count];
        Arrays.fill(closest, Double.POSITIVE_INFINITY);
        blocks.forEach((b, from, to) -> partial[b] = lowerTo(x, d, centers, closest, from, to));
        double potential = sum(partial);
        int trials = 2 + (int) Math.log(k);
        double[] cumulative = new double[n];
        int[] cand = new int[trials];
        double[] candRows = new double[trials * d];
        CentreDistances trial = CentreDistances.of(trials, d);
        double[][] candPartial = new double[trials][blocks.count];
        for (int c = 1; c < k; c++) {
            cancel.check();
            if (!(potential > 0)) throw tooFewDistinct(k, c);
            double run = 0;
            for (int i = 0; i < n; i++) {
                run += closest[i];
                cumulative[i] = run;
            }
            for (int t = 0; t < trials; t++) {
                cand[t] = sample(cumulative, closest, rnd.nextDouble() * run);
                System.arraycopy(x, cand[t] * d, candRows, t * d, d);
            }
            trial.set(candRows);
            // The candidates share each pass over a row, summed in the vector lanes (same sums as adding Vec.dist2
            // row by row): one candidate at a time, every row's distance waited on its own sum (1M × 8, k = 8: this
            // step 8–14 → 4–6 ms, seeding of ten restarts 1.08 → 0.85 s).
            blocks.forEach((b, from, to) -> {
                double[] out = new double[trial.width()];
                double[] s = new double[trials];
                trial.sumOfMin(x, closest, from, to, out, s);
                for (int t = 0; t < trials; t++) candPartial[t][b] = s[t];
            });
            int best = 0;
            double bestPot = Double.POSITIVE_INFINITY;
            for (int t = 0; t < trials; t++) {
                double p = sum(candPartial[t]);
                if (p < bestPot) {
                    bestPot = p;
                    best = t;
                }
            }
            int chosen = cand[best];
            System.arraycopy(x, chosen * d, centers, c * d, d);
            double[] centre = Arrays.copyOfRange(x, chosen * d, chosen * d + d);
            blocks.forEach((b, from, to) -> partial[b] = lowerTo(x, d, centre, closest, from, to));
            potential = sum(partial);
        }
        return centers;
    }

    /**
     * Lowers {@code closest[from..to)} to each row's squared distance to {@code centre} where that is nearer; returns
     * their sum in row order. Four rows share each pass over the features (each row's sum still in feature order, so
     * the values are {@link Vec#dist2}'s): one row at a time, each waited on its own additions.
     */
    static double lowerTo(double[] x, int d, double[] centre, double[] closest, int from, int to) {
        double s = 0;
        int i = from;
        for (; i + 3 < to; i += 4) {
            int o0 = i * d, o1 = o0 + d, o2 = o1 + d, o3 = o2 + d;
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            for (int j = 0; j < d; j++) {
                double c = centre[j];
                double e0 = x[o0 + j] - c, e1 = x[o1 + j] - c, e2 = x[o2 + j] - c, e3 = x[o3 + j] - c;
                s0 += e0 * e0;
                s1 += e1 * e1;
                s2 += e2 * e2;
                s3 += e3 * e3;
            }
            s0 = Math.min(closest[i], s0);
            s1 = Math.min(closest[i + 1], s1);
            s2 = Math.min(closest[i + 2], s2);
            s3 = Math.min(closest[i + 3], s3);
            closest[i] = s0;
            closest[i + 1] = s1;
            closest[i + 2] = s2;
            closest[i + 3] = s3;
            s += s0;
            s += s1;
            s += s2;
            s += s3;
        }
        for (; i < to; i++) {
            double dd = Math.min(closest[i], Vec.dist2(x, i * d, centre, 0, d));
            closest[i] = dd;
            s += dd;
        }
        return s;
    }

    /** k distinct rows in random order; fails clearly when there are fewer than k distinct rows. */
    static double[] random(double[] x, int n, int d, int k, SplittableRandom rnd, Cancellation cancel) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        double[] centers = new double[k * d];
        int chosen = 0;
        for (int i = 0; i < n && chosen < k; i++) {
            int j = i + rnd.nextInt(n - i);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
            int row = order[i];
            boolean dup = false;
            for (int c = 0; c < chosen && !dup; c++) dup = Vec.dist2(x, row * d, centers, c * d, d) == 0;
            if (!dup) System.arraycopy(x, row * d, centers, chosen++ * d, d);
            if ((i & 0xFFFF) == 0) cancel.check();
        }
        if (chosen < k) throw tooFewDistinct(k, chosen);
        return centers;
    }

    static IllegalArgumentException tooFewDistinct(int k, int distinct) {
        return new IllegalArgumentException("k = " + k + " is more than the number of distinct rows (" + distinct
                + "); choose k ≤ " + distinct);
    }

    /** First index whose cumulative weight exceeds r, skipping rows that already coincide with a centre. */
    static int sample(double[] cumulative, double[] closest, double r) {
        int i = Arrays.binarySearch(cumulative, r);
        if (i < 0) i = -i - 1;
        else i++;
        int n = cumulative.length;
        if (i >= n) i = n - 1;
        while (i < n - 1 && closest[i] == 0) i++;
        while (i > 0 && closest[i] == 0) i--;
        return i;
    }

    static double sum(double[] parts) {
        double s = 0;
        for (double p : parts) s += p;
        return s;
    }
}
