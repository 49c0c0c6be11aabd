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
 * Each row's archetype: its nearest centre with the arithmetic of the desktop's {@code Scoring} (squared differences
 * summed in feature order, centres in canonical order, the first of equals kept), so {@code archetype score} with the
 * saved model gives every row the label Spark gave it. Plain SQL arithmetic, which Spark compiles: a Java function per
 * row (a UDF over MLlib vectors) took three times as long on 2M rows.
 */
final class Assignment {
    static final String CLUSTER = "__archetype_cluster";
    static final String DISTANCE = "__archetype_distance";
    private static final String X = "__archetype_x";
    private static final String D2 = "__archetype_d2_";

    private Assignment() { }

    /** {@code rows} with {@link #CLUSTER} (0-based) and {@link #DISTANCE}; both null where the row cannot be placed. */
    static Dataset<Row> label(Dataset<Row> rows, List<EncodedFeature> features, Distance distance, boolean dropMissing,
                              double[] centres, int k) {
        return label(rows, Vectors.scalars(rows, features, distance, dropMissing), centres, k);
    }

    /** The cached vectors of a fit ({@link Vectors#VECTOR}) labelled the same way. */
    static Dataset<Row> labelVectors(Dataset<Row> vectors, int d, double[] centres, int k) {
        Column array = org.apache.spark.ml.functions.vector_to_array(functions.col(Vectors.VECTOR), "float64");
        Dataset<Row> withArray = vectors.withColumn(X + "array", array);
        List<Column> values = new ArrayList<>();
        for (int j = 0; j < d; j++) values.add(functions.col(X + "array").getItem(j));
        return label(withArray, new Vectors.Scalars(values, functions.col(Vectors.VECTOR).isNotNull()), centres, k).drop(X + "array");
    }

    private static Dataset<Row> label(Dataset<Row> rows, Vectors.Scalars s, double[] centres, int k) {
        int d = s.values().size();
        Dataset<Row> x = rows.withColumn(X + "ok", s.placeable());
        for (int j = 0; j < d; j++) x = x.withColumn(X + j, s.values().get(j));
        List<String> squared = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            Column sum = null;
            for (int j = 0; j < d; j++) {
                Column e = functions.col(X + j).minus(functions.lit(centres[c * d + j]));
                sum = sum == null ? e.multiply(e) : sum.plus(e.multiply(e));
            }
            x = x.withColumn(D2 + c, sum);
            squared.add(D2 + c);
        }
        Column least = k == 1 ? functions.col(D2 + 0) : functions.least(squared.stream().map(functions::col).toArray(Column[]::new));
        x = x.withColumn(D2 + "min", least);
        Column best = functions.lit(k - 1);
        for (int c = k - 2; c >= 0; c--) best = functions.when(functions.col(D2 + c).equalTo(functions.col(D2 + "min")), c).otherwise(best);
        Column ok = functions.col(X + "ok");
        x = x.withColumn(CLUSTER, functions.when(ok, best)).withColumn(DISTANCE, functions.when(ok, functions.sqrt(functions.col(D2 + "min"))));
        List<String> scratch = new ArrayList<>(squared);
        scratch.add(D2 + "min");
        scratch.add(X + "ok");
        for (int j = 0; j < d; j++) scratch.add(X + j);
        return x.drop(scratch.toArray(String[]::new));
    }
}
