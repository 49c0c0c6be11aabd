package dev.archetype.spark;

import org.apache.spark.sql.SparkSession;

/** The Spark session of one command. */
final class Sessions {
    private Sessions() { }

    /**
     * A session on {@code master}, unless one was configured by {@code spark-submit} (which sets spark.master):
     * then its master wins. Local runs get a shuffle width to match their cores instead of Spark's 200.
     */
    static SparkSession open(String master) {
        SparkSession.Builder b = SparkSession.builder().appName("Archetype");
        boolean submitted = System.getProperty("spark.master") != null;
        if (!submitted) {
            b = b.master(master).config("spark.ui.enabled", "false");
            if (master.startsWith("local")) {
                b = b.config("spark.sql.shuffle.partitions", String.valueOf(Math.max(4, 2 * Runtime.getRuntime().availableProcessors())));
            }
        }
        SparkSession s = b.getOrCreate();
        s.sparkContext().setLogLevel("ERROR");
        return s;
    }
}
