package dev.archetype.core.prep;

import java.util.Arrays;

/** Small descriptive statistics used by preparation. */
final class Stats {
    private Stats() { }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        double mean = s / v.length;
        if (Double.isFinite(mean)) return mean;
        // The plain sum overflowed (values near ±1e308): sum in units of the largest magnitude instead.
        double big = maxAbs(v);
        double scaled = 0;
        for (double x : v) scaled += x / big;
        return scaled / v.length * big;
    }

    /** Standard deviation with divisor n (as scikit-learn's StandardScaler), two-pass for accuracy. */
    static double populationStd(double[] v, double mean) {
        double s = 0;
        for (double x : v) {
            double e = x - mean;
            s += e * e;
        }
        double std = Math.sqrt(s / v.length);
        if (Double.isFinite(std)) return std;
        // Squares overflowed: the same in units of the largest magnitude, which cannot overflow.
        double big = Math.max(maxAbs(v), Math.abs(mean));
        double m = mean / big;
        double t = 0;
        for (double x : v) {
            double e = x / big - m;
            t += e * e;
        }
        return Math.sqrt(t / v.length) * big;
    }

    static double maxAbs(double[] v) {
        double big = 0;
        for (double x : v) big = Math.max(big, Math.abs(x));
        return big;
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
