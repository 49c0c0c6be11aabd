package dev.archetype.spark.bench;

import org.apache.spark.sql.SparkSession;

/**
 * Writes a CSV file as a folder of Parquet part files, types inferred, for the scale benchmark's Parquet run:
 * {@code java -cp … dev.archetype.spark.bench.ToParquet IN.csv OUT.parquet}.
 */
public final class ToParquet {
    private ToParquet() { }

    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().appName("Archetype bench").master("local[*]").config("spark.ui.enabled", "false").getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        spark.read().option("header", "true").option("inferSchema", "true").csv(args[0]).write().parquet(args[1]);
        spark.stop();
    }
}
