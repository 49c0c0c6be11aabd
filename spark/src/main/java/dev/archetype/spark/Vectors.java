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
    static final String ARRAY = "__archetype_x";
    static final String VECTOR = "__archetype_features";

    private Vectors() { }

    /** {@code rows} with a vector column {@link #VECTOR}; null where the row cannot be placed. */
    static Dataset<Row> of(Dataset<Row> rows, List<EncodedFeature> features, Distance distance, boolean dropMissing) {
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
        Dataset<Row> out = rows.withColumn(ARRAY, functions.array(values.toArray(Column[]::new)));
        Column placeable = dropMissing ? functions.not(anyMissing) : functions.lit(true);
        Column array = functions.col(ARRAY);
        if (distance == Distance.COSINE) {
            Column norm = functions.sqrt(functions.aggregate(array, functions.lit(0.0), (acc, x) -> acc.plus(x.multiply(x))));
            placeable = placeable.and(norm.gt(0));
            array = functions.transform(array, x -> x.divide(norm));
        }
        Column vector = functions.when(placeable, org.apache.spark.ml.functions.array_to_vector(array));
        return out.withColumn(VECTOR, vector).drop(ARRAY);
    }
}
