package dev.archetype.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --out DIR}: every input row with all its columns plus Cluster (1 = the largest), Archetype and Distance, as
 * CSV part files with a header or as Parquet. A folder that exists is never written into.
 */
final class LabeledOutput {
    static final List<String> ADDED = List.of("Cluster", "Archetype", "Distance");

    private LabeledOutput() { }

    /** Refuses, before any work, a target that exists or input that already has one of the added columns. */
    static void check(SparkSession spark, String out, String format, Dataset<Row> input, String data) throws IOException {
        if (!format.equals("csv") && !format.equals("parquet")) {
            throw new IllegalArgumentException("--format must be csv or parquet, not '" + format + "'");
        }
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(out);
        var fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (fs.exists(p)) {
            throw new IllegalArgumentException(out + " already exists; give --out a new folder (nothing is ever written over)");
        }
        // Inside the input's folder, the next read of the input would take the labelled part files for data.
        String target = fs.makeQualified(p).toString() + "/";
        org.apache.hadoop.fs.Path in = new org.apache.hadoop.fs.Path(data);
        if (in.toString().matches(".*[*?\\[{].*")) in = in.getParent();
        String source = in.getFileSystem(spark.sparkContext().hadoopConfiguration()).makeQualified(in).toString() + "/";
        if (target.startsWith(source)) {
            throw new IllegalArgumentException(out + " lies inside the input " + data + "; give --out a folder outside it");
        }
        for (String c : input.columns()) {
            if (ADDED.contains(c)) throw new IllegalArgumentException("The data already has a column '" + c + "'; rename it before labelling the rows");
        }
    }

    static void write(Dataset<Row> labeled, String[] inputColumns, List<String> names, String out, String format) {
        List<Column> cols = new ArrayList<>();
        for (String c : inputColumns) cols.add(Inputs.col(c));
        Column cluster = functions.col(Assignment.CLUSTER);
        Column nameArray = functions.array(names.stream().map(functions::lit).toArray(Column[]::new));
        cols.add(cluster.plus(1).as("Cluster"));
        cols.add(functions.element_at(nameArray, cluster.plus(1)).as("Archetype"));
        cols.add(functions.col(Assignment.DISTANCE).as("Distance"));
        var writer = labeled.select(cols.toArray(Column[]::new)).write().mode(SaveMode.ErrorIfExists);
        if (format.equals("parquet")) writer.parquet(out);
        else writer.option("header", "true").option("escape", "\"").csv(out);
    }
}
