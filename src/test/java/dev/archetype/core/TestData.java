package dev.archetype.core;

import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.Column;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.prep.EncodedFeature;
import dev.archetype.core.prep.FeatureMatrix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Test inputs: seeded Gaussian blobs and a minimal reader for all-numeric CSV files (tests only). */
public final class TestData {
    private TestData() { }

    public static final Path SHARED = Path.of("..", "shared", "data");

    /** Blobs: rows spread round {@code centers} with the given std; truth[i] is the generating blob. */
    public record Blobs(FeatureMatrix matrix, int[] truth) { }

    public static Blobs blobs(int n, double[][] centers, double std, long seed) {
        int d = centers[0].length;
        Random r = new Random(seed);
        double[] x = new double[n * d];
        int[] truth = new int[n];
        for (int i = 0; i < n; i++) {
            int c = r.nextInt(centers.length);
            truth[i] = c;
            for (int j = 0; j < d; j++) x[i * d + j] = centers[c][j] + std * r.nextGaussian();
        }
        return new Blobs(matrix(n, d, x), truth);
    }

    public static Blobs randomBlobs(int n, int d, int k, double spread, double std, long seed) {
        Random r = new Random(seed ^ 0x5DEECE66DL);
        double[][] c = new double[k][d];
        for (double[] row : c) for (int j = 0; j < d; j++) row[j] = spread * (r.nextDouble() * 2 - 1);
        return blobs(n, c, std, seed);
    }

    /** An unscaled matrix over raw values. */
    public static FeatureMatrix matrix(int n, int d, double[] x) {
        List<EncodedFeature> f = new ArrayList<>();
        for (int j = 0; j < d; j++) f.add(new EncodedFeature("f" + j, "f" + j, null, 0, 1));
        int[] src = new int[n];
        for (int i = 0; i < n; i++) src[i] = i;
        return new FeatureMatrix(n, d, x, f, src, List.of());
    }

    public static FeatureMatrix matrix(double[][] rows) {
        int d = rows[0].length;
        double[] x = new double[rows.length * d];
        for (int i = 0; i < rows.length; i++) System.arraycopy(rows[i], 0, x, i * d, d);
        return matrix(rows.length, d, x);
    }

    /** Reads a CSV whose header names columns and whose cells are all numbers (empty = missing). */
    public static Dataset readNumericCsv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String[] header = lines.get(0).split(",", -1);
        int n = lines.size() - 1;
        while (n > 0 && lines.get(n).isBlank()) n--;
        double[][] cols = new double[header.length][n];
        for (int i = 0; i < n; i++) {
            String[] cells = lines.get(i + 1).split(",", -1);
            for (int j = 0; j < header.length; j++) {
                String s = j < cells.length ? cells[j].trim() : "";
                cols[j][i] = s.isEmpty() ? Double.NaN : Double.parseDouble(s);
            }
        }
        List<Column> columns = new ArrayList<>();
        for (int j = 0; j < header.length; j++) columns.add(new NumericColumn(header[j].trim(), ColumnType.NUMERIC, cols[j]));
        return new Dataset(file.getFileName().toString(), columns, List.of());
    }
}
