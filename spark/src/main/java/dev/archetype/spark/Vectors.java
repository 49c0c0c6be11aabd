package dev.archetype.spark;

import dev.archetype.core.cluster.Distance;
import dev.archetype.core.prep.EncodedFeature;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows as prepared vectors, computed by Spark SQL from a model's features with the arithmetic of the desktop's
 * {@code Scoring}: ((log1p?)(value or fill) − centre) / scale, one-hot levels as 0/1 (a missing level takes the fill),
 * unit length for cosine. Rows cosine cannot place (all zeros) and, under drop, rows with a missing value get no vector.
 */
final class Vectors {
    static final String VECTOR = "__archetype_features";

    private Vectors() { }

    /** {@code rows} with a vector column {@link #VECTOR}; null where the row cannot be placed. */
    static Dataset<Row> of(Dataset<Row> rows, List<EncodedFeature> features, Distance distance, boolean dropMissing) {
        Scalars s = scalars(rows, features, distance, dropMissing);
        Column vector = functions.when(s.placeable(), org.apache.spark.ml.functions.array_to_vector(functions.array(s.values().toArray(Column[]::new))));
        return rows.withColumn(VECTOR, vector);
    }

    /** The prepared features as one expression each (unit length for cosine), and whether the row can be placed. */
    record Scalars(List<Column> values, Column placeable) { }

    static Scalars scalars(Dataset<Row> rows, List<EncodedFeature> features, Distance distance, boolean dropMissing) {
        List<Column> values = new ArrayList<>();
        Column anyMissing = functions.lit(false);
        for (EncodedFeature f : features) {
            Column x;
            if (f.isOneHot()) {
                Column level = Inputs.level(rows, f.sourceColumn());
                anyMissing = anyMissing.or(level.isNull());
                x = functions.when(level.isNull(), functions.lit(f.fill())).when(level.equalTo(f.level()), functions.lit(1.0)).otherwise(functions.lit(0.0));
            } else {
                Column v = Inputs.number(rows, f.sourceColumn());
                anyMissing = anyMissing.or(v.isNull());
                x = Double.isNaN(f.fill()) ? v : functions.coalesce(v, functions.lit(f.fill()));
                if (f.log()) x = functions.log1p(x);
            }
            values.add(x.minus(functions.lit(f.center())).divide(functions.lit(f.scale())));
        }
        Column placeable = dropMissing ? functions.not(anyMissing) : functions.lit(true);
        if (distance == Distance.COSINE) {
            Column sum = null;
            for (Column v : values) sum = sum == null ? v.multiply(v) : sum.plus(v.multiply(v));
            // x · (1/|x|), as the desktop's scorer normalises; a row of zeros has no direction and is never divided
            Column inverse = functions.when(sum.gt(0), functions.lit(1.0).divide(functions.sqrt(sum)));
            placeable = placeable.and(sum.gt(0));
            List<Column> unit = new ArrayList<>();
            for (Column v : values) unit.add(v.multiply(inverse));
            values = unit;
        }
        return new Scalars(values, placeable);
    }
}
