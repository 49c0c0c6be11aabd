package dev.archetype.core.prep;

import java.util.Arrays;

/** Small descriptive statistics used by preparation. */
final class Stats {
    private Stats() { }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s / v.length;
    }

    /** Standard deviation with divisor n (as scikit-learn's StandardScaler), two-pass for accuracy. */
    static double populationStd(double[] v, double mean) {
        double s = 0;
        for (double x : v) {
            double e = x - mean;
            s += e * e;
        }
        return Math.sqrt(s / v.length);
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return quantileSorted(s, 0.5);
    }

    /** Linear interpolation between order statistics (numpy's default). */
    static double quantileSorted(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        double frac = pos - lo;
        return sorted[lo] + (sorted[hi] - sorted[lo]) * frac;
    }
}
