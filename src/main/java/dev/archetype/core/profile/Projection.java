package dev.archetype.core.profile;

import dev.archetype.core.prep.FeatureMatrix;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealVector;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A 2-D principal-component projection of a feature matrix, for the scatter view. The d × d covariance
 * is accumulated in one pass over the flat row-major data (no n × d copy), then eigen-decomposed with
 * Commons Math. Axis signs are fixed so the largest loading of each component is positive, which keeps
 * the picture from flipping between runs.
 * Immutable; {@link #x()} and {@link #y()} return the arrays themselves for speed: do not modify them.
 */
public final class Projection {
    private final double[] mean;
    private final double[] pc1;
    private final double[] pc2;
    private final double explained1;
    private final double explained2;
    private final double[] x;
    private final double[] y;

    private Projection(double[] mean, double[] pc1, double[] pc2, double explained1, double explained2,
                       double[] x, double[] y) {
        this.mean = mean;
        this.pc1 = pc1;
        this.pc2 = pc2;
        this.explained1 = explained1;
        this.explained2 = explained2;
        this.x = x;
        this.y = y;
    }

    /** Projects every row of {@code m} onto its first two principal components. */
    public static Projection of(FeatureMatrix m) {
        return of(m.data(), m.rows(), m.cols());
    }

    /**
     * Projects a flat row-major n × d matrix. With d = 1 the second coordinate is 0; with no rows both
     * arrays are empty.
     */
    public static Projection of(double[] data, int rows, int cols) {
        if (cols < 1) throw new IllegalArgumentException("Projection needs at least one feature column");
        if ((long) rows * cols != data.length) throw new IllegalArgumentException("data length " + data.length + " != " + rows + "×" + cols);
        double[] mean = new double[cols];
        for (int r = 0; r < rows; r++) {
            int o = r * cols;
            for (int c = 0; c < cols; c++) mean[c] += data[o + c];
        }
        for (int c = 0; c < cols; c++) mean[c] = rows == 0 ? 0 : mean[c] / rows;
        double[][] cov = new double[cols][cols];
        double[] centred = new double[cols];
        for (int r = 0; r < rows; r++) {
            int o = r * cols;
            for (int c = 0; c < cols; c++) centred[c] = data[o + c] - mean[c];
            for (int i = 0; i < cols; i++) {
                double ci = centred[i];
                double[] row = cov[i];
                for (int j = i; j < cols; j++) row[j] += ci * centred[j];
            }
        }
        double denominator = Math.max(1, rows - 1);
        for (int i = 0; i < cols; i++) {
            for (int j = i; j < cols; j++) {
                cov[i][j] /= denominator;
                cov[j][i] = cov[i][j];
            }
        }
        double[] pc1 = new double[cols];
        double[] pc2 = new double[cols];
        double e1 = 0, e2 = 0;
        double total = 0;
        for (int i = 0; i < cols; i++) total += cov[i][i];
        if (total > 0) {
            EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(cov, false));
            double[] values = eig.getRealEigenvalues();
            Integer[] order = new Integer[cols];
            for (int i = 0; i < cols; i++) order[i] = i;
            Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
            pc1 = oriented(eig.getEigenvector(order[0]));
            e1 = Math.max(0, values[order[0]]) / total;
            if (cols > 1) {
                pc2 = oriented(eig.getEigenvector(order[1]));
                e2 = Math.max(0, values[order[1]]) / total;
            }
        } else {
            pc1[0] = 1;
        }
        double[] x = new double[rows];
        double[] y = new double[rows];
        for (int r = 0; r < rows; r++) {
            int o = r * cols;
            double sx = 0, sy = 0;
            for (int c = 0; c < cols; c++) {
                double v = data[o + c] - mean[c];
                sx += v * pc1[c];
                sy += v * pc2[c];
            }
            x[r] = sx;
            y[r] = sy;
        }
        return new Projection(mean, pc1, pc2, e1, e2, x, y);
    }

    private static double[] oriented(RealVector v) {
        double[] a = v.toArray();
        int largest = 0;
        for (int i = 1; i < a.length; i++) if (Math.abs(a[i]) > Math.abs(a[largest])) largest = i;
        if (a[largest] < 0) for (int i = 0; i < a.length; i++) a[i] = -a[i];
        return a;
    }

    /** First coordinate of every row (shared array, do not modify). */
    public double[] x() { return x; }

    /** Second coordinate of every row (shared array, do not modify). */
    public double[] y() { return y; }

    public int rows() { return x.length; }

    /** Share of the total variance along the first component, 0..1. */
    public double explainedFirst() { return explained1; }

    /** Share of the total variance along the second component, 0..1. */
    public double explainedSecond() { return explained2; }

    /** Projects one point of the same space (e.g. a centroid) into the plane: {x, y}. */
    public double[] project(double[] point) {
        if (point.length != mean.length) throw new IllegalArgumentException("point has " + point.length + " values, expected " + mean.length);
        double sx = 0, sy = 0;
        for (int c = 0; c < mean.length; c++) {
            double v = point[c] - mean[c];
            sx += v * pc1[c];
            sy += v * pc2[c];
        }
        return new double[]{sx, sy};
    }

    /**
     * Up to {@code max} distinct row indices out of {@code n}, ascending, chosen by a seeded reservoir so
     * the same seed always draws the same rows. Returns all rows when n ≤ max.
     */
    public static int[] sampleRows(int n, int max, long seed) {
        if (max < 0) throw new IllegalArgumentException("max must not be negative: " + max);
        if (n <= max) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) all[i] = i;
            return all;
        }
        int[] reservoir = new int[max];
        for (int i = 0; i < max; i++) reservoir[i] = i;
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = max; i < n; i++) {
            int j = random.nextInt(i + 1);
            if (j < max) reservoir[j] = i;
        }
        Arrays.sort(reservoir);
        return reservoir;
    }
}
