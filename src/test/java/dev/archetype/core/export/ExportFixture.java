package dev.archetype.core.export;

import dev.archetype.core.cluster.Clustering;
import dev.archetype.core.data.CategoricalColumn;
import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.DateColumn;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.data.TextColumn;
import dev.archetype.core.prep.EncodedFeature;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.profile.ClusterProfile;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Nine customers with every column type (identifiers with leading zeros, numbers with a gap, a categorical
 * column, one with numeric levels, dates, date-times, and text that looks like formulas). Row 4 was dropped
 * by preparation and must be exported without a cluster.
 */
final class ExportFixture {
    static final int[] SOURCE_ROWS = {0, 1, 2, 3, 5, 6, 7, 8};
    static final int[] LABELS = {0, 0, 0, 0, 0, 1, 1, 1};
    static final String[] IDS = {"0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009"};
    static final String[] NOTES = {"=HYPERLINK(\"http://x\")", "-5", "@cmd", "+44 20 7946 0000", null, "\tTab", "plain, with comma",
            "-2+3", "Ümlaut £"};
    static final double[] GROCERY = {10, 20, 30, 40, Double.NaN, 50, 300, 400, 500.5};
    static final double[] FRESH = {100, 200, Double.NaN, 300, 9999, 400, 50, 60, -70.25};

    private ExportFixture() { }

    static LocalDateTime joined(int row) {
        return LocalDateTime.of(2020, 1 + row, 10 + row, 0, 0);
    }

    static LocalDateTime lastSeen(int row) {
        return LocalDateTime.of(2024, 3, 1 + row, 9 + row, 15, 30);
    }

    static Dataset dataset() {
        long[] joined = new long[9];
        long[] seen = new long[9];
        for (int r = 0; r < 9; r++) {
            joined[r] = DateColumn.toEpochSeconds(joined(r));
            seen[r] = r == 2 ? DateColumn.MISSING : DateColumn.toEpochSeconds(lastSeen(r));
        }
        return new Dataset("customers.csv", List.of(
                new TextColumn("id", ColumnType.IDENTIFIER, IDS.clone()),
                new NumericColumn("Grocery", ColumnType.NUMERIC, GROCERY.clone()),
                new NumericColumn("Fresh", ColumnType.NUMERIC, FRESH.clone()),
                new CategoricalColumn("Channel", new int[] {0, 0, 0, 1, 1, 0, 1, 1, 1}, List.of("Horeca", "Retail")),
                new CategoricalColumn("Region", new int[] {0, 1, 2, 0, 1, 2, 0, 1, CategoricalColumn.MISSING}, List.of("1", "2", "3")),
                new DateColumn("Joined", joined),
                new DateColumn("LastSeen", seen),
                new TextColumn("Note", ColumnType.TEXT, NOTES.clone())),
                List.of());
    }

    static FeatureMatrix matrix() {
        Dataset d = dataset();
        List<EncodedFeature> features = List.of(
                new EncodedFeature("Grocery", "Grocery", null, 168.8, 186.3),
                new EncodedFeature("Fresh", "Fresh", null, 160.0, 126.5),
                new EncodedFeature("Channel = Horeca", "Channel", "Horeca", 0.5, 0.5),
                new EncodedFeature("Channel = Retail", "Channel", "Retail", 0.5, 0.5));
        double[] data = new double[SOURCE_ROWS.length * features.size()];
        CategoricalColumn ch = (CategoricalColumn) d.require("Channel");
        for (int i = 0; i < SOURCE_ROWS.length; i++) {
            int r = SOURCE_ROWS[i];
            double g = Double.isNaN(GROCERY[r]) ? 168.8 : GROCERY[r];
            double f = Double.isNaN(FRESH[r]) ? 160.0 : FRESH[r];
            double[] original = {g, f, ch.code(r) == 0 ? 1 : 0, ch.code(r) == 1 ? 1 : 0};
            for (int j = 0; j < original.length; j++) data[i * original.length + j] = features.get(j).toScaled(original[j]);
        }
        return new FeatureMatrix(SOURCE_ROWS.length, features.size(), data, features, SOURCE_ROWS, List.of("Imputed 1 missing Fresh value with the mean"));
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
        return new Clustering(k, d, LABELS, centroids, sizes, sse, dist, 4, true);
    }

    static CompareK compareK() {
        return new CompareK(List.of(
                new KMetrics(2, 10.5, 0.61, false, 40.2, 0.55, 0.97, new int[] {5, 3}),
                new KMetrics(3, 6.25, 0.48, false, 35.0, 0.71, 0.88, new int[] {4, 2, 2}),
                new KMetrics(4, 4.0, Double.NaN, false, 30.1, 0.80, 0.75, new int[] {3, 2, 2, 1})),
                2, "silhouette is highest at k = 2");
    }

    static RunInfo run() {
        return new RunInfo("ZSCORE", "MEAN", "EUCLIDEAN", "KMEANS_PLUS_PLUS", 10, 300, 1e-6, 42L, "0.1.0",
                Instant.parse("2026-11-26T17:00:00Z"), "archetype cluster customers.csv --k 2 --seed 42");
    }

    static double[] silhouettes() {
        return new double[] {0.5, 0.6, 0.7, 0.4, 0.3, 0.9, 0.8, -0.1};
    }

    static ExportRequest request(Path sourceFile) {
        Dataset d = dataset();
        FeatureMatrix m = matrix();
        Clustering c = clustering();
        ClusterProfile p = ClusterProfile.of(d, m, c);
        return new ExportRequest(d, sourceFile, null, m, c, p, silhouettes(), compareK(), run());
    }
}
