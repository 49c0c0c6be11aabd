package dev.archetype.core.profile;

import dev.archetype.core.cluster.Clustering;
import dev.archetype.core.data.CategoricalColumn;
import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.prep.EncodedFeature;
import dev.archetype.core.prep.FeatureMatrix;

import java.util.List;

/**
 * A nine-row table small enough to check by hand. Row 4 was dropped by preparation (it is not in the
 * matrix), so its extreme values must not reach any mean.
 * <pre>
 * row Grocery Fresh Channel PinotNoir  cluster
 *  0     10    100  Horeca     0         1
 *  1     20    200  Horeca     0         1
 *  2     30     —   Horeca     1         1
 *  3     40    300  Retail     0         1
 *  4   9999   9999  Retail     1       (dropped)
 *  5     50    400  Horeca     0         1
 *  6    300     50  Retail     1         2
 *  7    400     60  Retail     1         2
 *  8    500     70  Retail     0         2
 * </pre>
 */
final class ProfileFixture {
    static final int[] SOURCE_ROWS = {0, 1, 2, 3, 5, 6, 7, 8};
    static final int[] LABELS = {0, 0, 0, 0, 0, 1, 1, 1};

    private ProfileFixture() { }

    static Dataset dataset() {
        double nan = Double.NaN;
        return new Dataset("fixture.csv", List.of(
                new NumericColumn("Grocery", ColumnType.INTEGER, new double[] {10, 20, 30, 40, 9999, 50, 300, 400, 500}),
                new NumericColumn("Fresh", ColumnType.INTEGER, new double[] {100, 200, nan, 300, 9999, 400, 50, 60, 70}),
                new CategoricalColumn("Channel", new int[] {0, 0, 0, 1, 1, 0, 1, 1, 1}, List.of("Horeca", "Retail")),
                new NumericColumn("PinotNoir", ColumnType.BOOLEAN, new double[] {0, 0, 1, 0, 1, 0, 1, 1, 0})),
                List.of());
    }

    static FeatureMatrix matrix() {
        Dataset d = dataset();
        List<EncodedFeature> features = List.of(
                new EncodedFeature("Grocery", "Grocery", null, 168.75, 186.3),
                new EncodedFeature("Fresh", "Fresh", null, 168.57, 126.5),
                new EncodedFeature("Channel = Horeca", "Channel", "Horeca", 0.5, 0.5),
                new EncodedFeature("Channel = Retail", "Channel", "Retail", 0.5, 0.5),
                new EncodedFeature("PinotNoir", "PinotNoir", null, 0.375, 0.484));
        double[] data = new double[SOURCE_ROWS.length * features.size()];
        for (int i = 0; i < SOURCE_ROWS.length; i++) {
            int r = SOURCE_ROWS[i];
            NumericColumn g = (NumericColumn) d.require("Grocery");
            NumericColumn f = (NumericColumn) d.require("Fresh");
            CategoricalColumn ch = (CategoricalColumn) d.require("Channel");
            NumericColumn p = (NumericColumn) d.require("PinotNoir");
            double fresh = Double.isNaN(f.get(r)) ? 168.57 : f.get(r);
            double[] original = {g.get(r), fresh, ch.code(r) == 0 ? 1 : 0, ch.code(r) == 1 ? 1 : 0, p.get(r)};
            for (int j = 0; j < original.length; j++) data[i * original.length + j] = features.get(j).toScaled(original[j]);
        }
        return new FeatureMatrix(SOURCE_ROWS.length, features.size(), data, features, SOURCE_ROWS, List.of());
    }

    static Clustering clustering() {
        FeatureMatrix m = matrix();
        int k = 2;
        int d = m.cols();
        double[] centroids = new double[k * d];
        int[] sizes = new int[k];
        for (int i = 0; i < m.rows(); i++) {
            sizes[LABELS[i]]++;
            for (int j = 0; j < d; j++) centroids[LABELS[i] * d + j] += m.get(i, j);
        }
        for (int c = 0; c < k; c++) for (int j = 0; j < d; j++) centroids[c * d + j] /= sizes[c];
        double[] dist = new double[m.rows()];
        double sse = 0;
        for (int i = 0; i < m.rows(); i++) {
            double s = 0;
            for (int j = 0; j < d; j++) {
                double diff = m.get(i, j) - centroids[LABELS[i] * d + j];
                s += diff * diff;
            }
            dist[i] = Math.sqrt(s);
            sse += s;
        }
        return new Clustering(k, d, LABELS, centroids, sizes, sse, dist, 3, true);
    }
}
