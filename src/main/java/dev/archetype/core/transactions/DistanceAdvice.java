package dev.archetype.core.transactions;

import dev.archetype.core.cluster.Distance;
import dev.archetype.core.data.Column;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.prep.EncodedFeature;
import dev.archetype.core.prep.FeatureMatrix;

import java.util.List;
import java.util.Locale;

/**
 * Which distance suits the features, with the reason in one sentence. A sparse non-negative matrix (customers ×
 * items, mostly zeros) gets cosine distance (spherical k-means): Euclidean distance between two such rows is
 * dominated by how many items each customer took, cosine by which ones.
 *
 * @param distance the suggestion
 * @param reason   one sentence for the UI and the CLI
 * @param zeros    share of cells that are 0 (in original units)
 * @param binary   whether every cell is 0 or 1
 */
public record DistanceAdvice(Distance distance, String reason, double zeros, boolean binary) {
    /** At least this share of zero cells makes a matrix sparse enough for cosine. */
    public static final double SPARSE_ZEROS = 0.7;

    /** Advice for the given numeric dataset columns (non-numeric columns mean "not a sparse matrix"). */
    public static DistanceAdvice forColumns(Dataset data, List<String> columns) {
        long cells = 0, zeros = 0;
        boolean binary = true;
        boolean nonNegative = true;
        for (String name : columns) {
            Column c = data.require(name);
            if (!(c instanceof NumericColumn n)) return dense(Double.NaN, false);
            binary &= n.isZeroOne();
            for (int r = 0; r < n.size(); r++) {
                double v = n.get(r);
                if (Double.isNaN(v)) continue;
                cells++;
                if (v == 0) zeros++;
                if (v < 0) nonNegative = false;
            }
        }
        return advise(cells, zeros, binary, nonNegative);
    }

    /** Advice for a prepared matrix, judged on the original values (before centring and scaling). */
    public static DistanceAdvice forMatrix(FeatureMatrix m) {
        long zeros = 0;
        boolean binary = true;
        boolean nonNegative = true;
        List<EncodedFeature> features = m.features();
        for (int r = 0; r < m.rows(); r++) {
            for (int c = 0; c < m.cols(); c++) {
                double v = features.get(c).toOriginal(m.get(r, c));
                if (Math.abs(v) < 1e-9) zeros++;
                else if (Math.abs(v - 1) > 1e-9) binary = false;
                if (v < -1e-9) nonNegative = false;
            }
        }
        return advise((long) m.rows() * m.cols(), zeros, binary, nonNegative);
    }

    private static DistanceAdvice advise(long cells, long zeros, boolean binary, boolean nonNegative) {
        double z = cells == 0 ? Double.NaN : (double) zeros / cells;
        if (cells == 0 || !nonNegative || z < SPARSE_ZEROS) return dense(z, binary && cells > 0);
        String what = binary ? "1s" : "non-zero";
        String reason = String.format(Locale.ROOT, "Cosine distance: only %s of the cells are %s, so Euclidean distance "
                + "would mostly measure how many items a customer took, while cosine compares which ones they took.",
                AttributeLift.percent(1 - z), what);
        return new DistanceAdvice(Distance.COSINE, reason, z, binary);
    }

    /** For rows of shares (each adds up to 100%): Euclidean distance compares mixes; cosine would add nothing. */
    public static DistanceAdvice forShares() {
        return new DistanceAdvice(Distance.EUCLIDEAN, "Euclidean distance on the shares: every customer's row adds up to "
                + "100%, so distances compare what customers buy, not how much.", Double.NaN, false);
    }

    private static DistanceAdvice dense(double zeros, boolean binary) {
        return new DistanceAdvice(Distance.EUCLIDEAN, "Euclidean distance: the features are not a sparse customer × item "
                + "matrix, so distances on scaled features are the usual choice.", zeros, binary);
    }
}
