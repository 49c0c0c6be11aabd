package dev.archetype.core.prep;

import java.util.List;
import java.util.Objects;

/**
 * The numbers k-means sees: n × d, flat row-major, already imputed, encoded and scaled.
 *
 * @param rows       n
 * @param cols       d
 * @param data       row-major values, length n·d; owned by the matrix, never modified after construction
 * @param features   one per column, with the transform to go back to original units
 * @param sourceRows for each matrix row, the dataset row it came from (rows can be dropped for missing values)
 * @param warnings   what preparation did that the user should know (imputed cells, dropped rows/columns)
 */
public record FeatureMatrix(int rows, int cols, double[] data, List<EncodedFeature> features, int[] sourceRows,
                            List<String> warnings) {
    public FeatureMatrix {
        Objects.requireNonNull(data, "data");
        features = List.copyOf(features);
        warnings = List.copyOf(warnings);
        if ((long) rows * cols != data.length) throw new IllegalArgumentException("data length " + data.length + " != " + rows + "×" + cols);
        if (features.size() != cols) throw new IllegalArgumentException(features.size() + " features for " + cols + " columns");
        if (sourceRows.length != rows) throw new IllegalArgumentException(sourceRows.length + " source rows for " + rows + " rows");
    }

    public double get(int row, int col) {
        return data[row * cols + col];
    }

    public List<String> names() {
        return features.stream().map(EncodedFeature::name).toList();
    }
}
