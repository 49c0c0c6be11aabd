package dev.archetype.ui.workbench;

import dev.archetype.core.analysis.AnalysisResult;
import dev.archetype.core.cluster.Centroids;

import java.util.Arrays;

/**
 * Which cluster of a new result is which of the old one, so names the user typed survive a re-run: pairs are
 * taken greedily, closest centres first, with centres compared in original units over the features both runs
 * share. A pair is accepted only when the two centres are nearer to each other than to any other centre of
 * the old result (otherwise the group has changed too much to keep its name).
 */
final class NameMatching {
    private NameMatching() { }

    /** For each old cluster, the new cluster that carries its name, or -1. */
    static int[] match(AnalysisResult old, AnalysisResult next) {
        int kOld = old.clustering().k(), kNew = next.clustering().k();
        int[] out = new int[kOld];
        Arrays.fill(out, -1);
        var oldNames = old.matrix().names();
        var newNames = next.matrix().names();
        int[][] pairs = shared(oldNames, newNames);
        if (pairs.length == 0) return out;
        double[][] a = Centroids.inOriginalUnits(old.matrix(), old.clustering());
        double[][] b = Centroids.inOriginalUnits(next.matrix(), next.clustering());
        double[] scale = new double[pairs.length];
        for (int p = 0; p < pairs.length; p++) scale[p] = old.matrix().features().get(pairs[p][0]).scale();
        double[][] d = new double[kOld][kNew];
        for (int i = 0; i < kOld; i++) for (int j = 0; j < kNew; j++) d[i][j] = dist(a[i], 0, b[j], 1, pairs, scale);
        double[] separation = new double[kOld];
        for (int i = 0; i < kOld; i++) {
            separation[i] = Double.POSITIVE_INFINITY;
            for (int o = 0; o < kOld; o++) if (o != i) separation[i] = Math.min(separation[i], dist(a[i], 0, a[o], 0, pairs, scale));
        }
        boolean[] usedOld = new boolean[kOld], usedNew = new boolean[kNew];
        for (int step = 0; step < Math.min(kOld, kNew); step++) {
            int bi = -1, bj = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < kOld; i++) {
                if (usedOld[i]) continue;
                for (int j = 0; j < kNew; j++) if (!usedNew[j] && d[i][j] < best) { best = d[i][j]; bi = i; bj = j; }
            }
            if (bi < 0) break;
            usedOld[bi] = true;
            usedNew[bj] = true;
            if (best < separation[bi] / 2 || kOld == 1) out[bi] = bj;
        }
        return out;
    }

    private static int[][] shared(java.util.List<String> a, java.util.List<String> b) {
        java.util.List<int[]> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            int j = b.indexOf(a.get(i));
            if (j >= 0) pairs.add(new int[] {i, j});
        }
        return pairs.toArray(int[][]::new);
    }

    /** Distance over the shared features; {@code xSide}/{@code ySide} say which run's column index to use (0 old, 1 new). */
    private static double dist(double[] x, int xSide, double[] y, int ySide, int[][] pairs, double[] scale) {
        double s = 0;
        for (int p = 0; p < pairs.length; p++) {
            double e = (x[pairs[p][xSide]] - y[pairs[p][ySide]]) / scale[p];
            s += e * e;
        }
        return Math.sqrt(s);
    }
}
