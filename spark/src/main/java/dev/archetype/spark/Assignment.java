package dev.archetype.spark;

import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Each row's archetype: its nearest centre with the arithmetic of the desktop's {@code Scoring} (squared differences
 * summed in feature order, centres in canonical order, the first of equals kept), so {@code archetype score} with the
 * saved model gives every row the label Spark gave it.
 */
final class Assignment {
    static final String CLUSTER = "__archetype_cluster";
    static final String DISTANCE = "__archetype_distance";

    private Assignment() { }

    static Dataset<Row> label(Dataset<Row> vectors, double[] centres, int k, int d) {
        StructType type = new StructType().add("cluster", DataTypes.IntegerType).add("distance", DataTypes.DoubleType);
        UDF1<Vector, Row> nearest = v -> {
            if (v == null) return null;
            double[] x = v.toArray();
            int best = 0;
            double bestD2 = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double s = 0;
                for (int j = 0; j < d; j++) {
                    double e = x[j] - centres[c * d + j];
                    s += e * e;
                }
                if (s < bestD2) {
                    bestD2 = s;
                    best = c;
                }
            }
            return RowFactory.create(best, Math.sqrt(bestD2));
        };
        UserDefinedFunction udf = functions.udf(nearest, type).asNondeterministic().withName("archetype_nearest");
        Column a = udf.apply(functions.col(Vectors.VECTOR));
        return vectors.withColumn("__archetype_a", a)
                .withColumn(CLUSTER, functions.col("__archetype_a.cluster"))
                .withColumn(DISTANCE, functions.col("__archetype_a.distance"))
                .drop("__archetype_a");
    }
}
