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
        blocks.forEach((b, from, to) -> {
            double s = 0;
            for (int i = from; i < to; i++) {
                double dd = Vec.dist2(x, i * d, x, first * d, d);
                closest[i] = dd;
                s += dd;
            }
            partial[b] = s;
        });
        double potential = sum(partial);
        int trials = 2 + (int) Math.log(k);
        double[] cumulative = new double[n];
        int[] cand = new int[trials];
        double[][] candPartial = new double[trials][blocks.count];
        for (int c = 1; c < k; c++) {
            cancel.check();
            if (!(potential > 0)) throw tooFewDistinct(k, c);
            double run = 0;
            for (int i = 0; i < n; i++) {
                run += closest[i];
                cumulative[i] = run;
            }
            for (int t = 0; t < trials; t++) cand[t] = sample(cumulative, closest, rnd.nextDouble() * run);
            blocks.forEach((b, from, to) -> {
                for (int t = 0; t < trials; t++) {
                    int off = cand[t] * d;
                    double s = 0;
                    for (int i = from; i < to; i++) s += Math.min(closest[i], Vec.dist2(x, i * d, x, off, d));
                    candPartial[t][b] = s;
                }
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
            blocks.forEach((b, from, to) -> {
                double s = 0;
                for (int i = from; i < to; i++) {
                    double dd = Math.min(closest[i], Vec.dist2(x, i * d, x, chosen * d, d));
                    closest[i] = dd;
                    s += dd;
                }
                partial[b] = s;
            });
            potential = sum(partial);
        }
        return centers;
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
